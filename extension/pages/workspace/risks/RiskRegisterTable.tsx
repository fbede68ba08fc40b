import { parseISO } from 'date-fns';
import { memo } from 'preact/compat';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { needsEscalation } from '../../../../shared/analytics/risk/escalation';
import { currentRating, currentScore } from '../../../../shared/analytics/risk/risk-rating';
import type { RegisterSort, RegisterSortKey } from '../../../../shared/analytics/risk/risk-register';
import { bandOfScore, type RiskMatrixSize } from '../../../../shared/risk-score';
import type { Risk } from '../../../../shared/schemas/risk';
import { ScoreChip } from '../../../ui/common/ScoreChip';
import { describeRiskReview } from '../../common/describe-risk-review';
import { kindLabel, proximityLabel, statusLabel } from './risk-labels';

/** Rows drawn at once: a register of 2,000 risks stays quick; "Show more" draws the next ones. */
export const registerPageSize = 200;

/**
 * Rows drawn in the first frame after the user sorts or filters, more than a screen holds: what they
 * see is redrawn at once, and the rest of the page follows right after that frame is painted. On a
 * 2-core machine a sort of 500 risks drew its first frame in about 95 ms with 200 rows, 40 ms with
 * fifty (bench/workspace/run.mjs).
 */
export const firstFrameRows = 50;

interface Column {
  id: string;
  label: () => string;
  sortKey?: RegisterSortKey;
}

const columns: Column[] = [
  { id: 'title', label: () => i18n.t('workspaceRisks.columns.title'), sortKey: 'title' },
  { id: 'score', label: () => i18n.t('workspaceRisks.columns.score'), sortKey: 'score' },
  { id: 'rating', label: () => i18n.t('workspaceRisks.columns.rating') },
  { id: 'owner', label: () => i18n.t('workspaceRisks.columns.owner'), sortKey: 'owner' },
  { id: 'status', label: () => i18n.t('workspaceRisks.columns.status'), sortKey: 'status' },
  { id: 'proximity', label: () => i18n.t('workspaceRisks.columns.proximity'), sortKey: 'proximity' },
  { id: 'review', label: () => i18n.t('workspaceRisks.columns.review'), sortKey: 'reviewDate' },
];

/** Text sorts A→Z first; the score and dates that matter most sort from the top. */
const firstDirection: Record<RegisterSortKey, RegisterSort['direction']> = {
  score: 'desc',
  title: 'asc',
  owner: 'asc',
  status: 'asc',
  proximity: 'asc',
  reviewDate: 'asc',
};

interface RiskRegisterTableProps {
  risks: readonly Risk[];
  totalCount: number;
  limit: number;
  onShowMore(): void;
  sort: RegisterSort;
  onSort(sort: RegisterSort): void;
  /**
   * A new value whenever the user sorts or filters, not when the records change: only then is the
   * first frame cut to `firstFrameRows`, so a sync never takes away (and focus) a row being read.
   */
  queryKey: unknown;
  matrix: RiskMatrixSize;
  appetite: number;
  today: string;
  /** The address of a risk, for its link (opens in a new tab too). */
  hrefOf(riskId: string): string;
  onOpen(riskId: string): void;
  /** What to say when no risk is listed. */
  emptyText: string;
}

/**
 * The risk register as a table: sortable headers (buttons with aria-sort), one row per risk with
 * its current score chip banded on the workspace matrix; a row opens on click, on its title link
 * or with Enter.
 */
export function RiskRegisterTable(props: RiskRegisterTableProps) {
  const { risks, sort, limit } = props;
  const [fullyDrawnKey, setFullyDrawnKey] = useState<unknown>();
  const isFullyDrawn = fullyDrawnKey === props.queryKey;
  // Effects run after the browser painted: the rest of the page comes in the next frame.
  useEffect(() => {
    if (!isFullyDrawn) setFullyDrawnKey(props.queryKey);
  }, [props.queryKey, isFullyDrawn]);
  const shown = risks.slice(0, isFullyDrawn ? limit : Math.min(limit, firstFrameRows));
  // One Date per day, not per render: a new one would change every row's props and redraw them all.
  const todayDate = useMemo(() => parseISO(props.today), [props.today]);
  return (
    <div class="risks-register">
      <div class="risks-table-scroll">
        <table class="risks-table" data-testid="risks-table">
          <caption class="visually-hidden">{i18n.t('workspaceRisks.registerTitle')}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const isSorted = column.sortKey !== undefined && sort.key === column.sortKey;
                const ariaSort = isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
                return (
                  <th key={column.id} scope="col" aria-sort={ariaSort} class={`risks-table__th--${column.id}`}>
                    {column.sortKey ? (
                      <button
                        type="button"
                        class="risks-sort"
                        data-testid={`risks-sort-${column.id}`}
                        onClick={() => {
                          const key = column.sortKey as RegisterSortKey;
                          const direction = isSorted
                            ? sort.direction === 'asc'
                              ? 'desc'
                              : 'asc'
                            : firstDirection[key];
                          props.onSort({ key, direction });
                        }}
                      >
                        {column.label()}
                        <span class="risks-sort__arrow" aria-hidden="true">
                          {isSorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      column.label()
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((risk) => (
              <RiskRow
                key={risk.id}
                risk={risk}
                matrix={props.matrix}
                appetite={props.appetite}
                today={props.today}
                todayDate={todayDate}
                href={props.hrefOf(risk.id)}
                onOpen={props.onOpen}
              />
            ))}
          </tbody>
        </table>
      </div>
      {risks.length === 0 ? (
        <p class="empty-state risks-register__empty" data-testid="risks-empty">
          {props.emptyText}
        </p>
      ) : null}
      {risks.length > limit ? (
        <div class="risks-register__more">
          <span class="muted">{i18n.t('workspaceRisks.shown', [String(limit), String(risks.length)])}</span>
          <button type="button" class="button" data-testid="risks-show-more" onClick={props.onShowMore}>
            {i18n.t('workspaceRisks.showMore', [String(Math.min(registerPageSize, risks.length - limit))])}
          </button>
        </div>
      ) : null}
    </div>
  );
}

interface RiskRowProps {
  risk: Risk;
  matrix: RiskMatrixSize;
  appetite: number;
  today: string;
  todayDate: Date;
  href: string;
  onOpen(riskId: string): void;
}

/** One risk; memoised so a filter or sort change redraws only rows that changed. */
const RiskRow = memo(function RiskRow({ risk, matrix, appetite, todayDate, href, onOpen }: RiskRowProps) {
  const score = currentScore(risk);
  const band = bandOfScore(score, matrix);
  const rating = currentRating(risk);
  const hasResidual = risk.residualProbability !== undefined && risk.residualImpact !== undefined;
  const review = describeRiskReview(risk, todayDate);
  const label = (id: string) => columns.find((column) => column.id === id)?.label() ?? id;
  return (
    <tr
      class="risks-row"
      data-testid="risk-row"
      data-risk-id={risk.id}
      onClick={(event) => {
        // The title link handles its own click (and a middle click opens it in a new tab).
        if ((event.target as HTMLElement).closest('a')) return;
        onOpen(risk.id);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        onOpen(risk.id);
      }}
    >
      <td class="risks-row__title" data-label={label('title')}>
        <a
          href={href}
          class="risks-row__link"
          data-testid="risk-row-title"
          onClick={(event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onOpen(risk.id);
          }}
        >
          {risk.title}
        </a>
        <span class="risks-row__meta">
          {[risk.ref, risk.kind === 'opportunity' ? kindLabel(risk.kind) : undefined, risk.category]
            .filter((part) => part)
            .join(' · ')}
        </span>
      </td>
      <td data-label={label('score')}>
        <ScoreChip score={score} band={band} testId="risk-row-score" />
      </td>
      <td
        data-label={label('rating')}
        title={i18n.t('workspaceRisks.ratingTitle', [String(rating.probability), String(rating.impact)])}
      >
        <span class="risks-row__rating" data-testid="risk-row-rating">
          {i18n.t('workspaceRisks.rating', [String(rating.probability), String(rating.impact)])}
        </span>
        {hasResidual ? (
          <span class="risks-row__meta">
            {i18n.t('workspaceRisks.ratingFrom', [String(risk.probability), String(risk.impact)])}
          </span>
        ) : null}
      </td>
      <td data-label={label('owner')}>
        {risk.owner?.name ?? <span class="muted">{i18n.t('workspaceRisks.filters.noOwner')}</span>}
      </td>
      <td data-label={label('status')}>
        <span data-testid="risk-row-status">{statusLabel(risk.status)}</span>
        {risk.escalatedAt ? <span class="risks-tag">{i18n.t('workspaceRisks.escalated')}</span> : null}
        {needsEscalation(risk, appetite) ? (
          <span class="risks-tag risks-tag--warn">{i18n.t('workspaceRisks.needsEscalation')}</span>
        ) : null}
      </td>
      <td data-label={label('proximity')}>
        {risk.proximity ? proximityLabel(risk.proximity) : <span class="muted">—</span>}
      </td>
      <td data-label={label('review')} title={review.day}>
        <span
          class={review.isOverdue ? 'risks-review risks-review--overdue' : 'risks-review'}
          data-testid="risk-row-review"
          data-overdue={review.isOverdue ? 'true' : undefined}
        >
          {review.isOverdue ? (
            <span aria-hidden="true" class="risks-review__icon">
              ⚠{' '}
            </span>
          ) : null}
          {review.text}
        </span>
      </td>
    </tr>
  );
});
