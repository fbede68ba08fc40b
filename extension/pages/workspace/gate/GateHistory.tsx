import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { sortGateReviewsNewestFirst } from '../../../../shared/methodology/gate-progress';
import type { GateReview } from '../../../../shared/schemas/gate-review';
import { formatDay } from '../format';
import type { ProjectView } from '../project-view';
import { findMemberName } from '../status/report-labels';
import { decisionLabel, gateStateChip } from './gate-labels';
import { phaseName } from './ReviewCard';

type SortKey = 'requestedAt' | 'toPhase' | 'state';
type Sort = { key: SortKey; direction: 'asc' | 'desc' };

interface GateHistoryProps {
  view: ProjectView;
  reviews: readonly GateReview[];
  onOpen(reviewId: string): void;
}

function phaseIndex(view: ProjectView, phaseId: string): number {
  const index = view.template?.phases.findIndex((phase) => phase.id === phaseId) ?? -1;
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

function stateText(review: GateReview): string {
  return review.status === 'requested'
    ? i18n.t('workspaceGate.state.waiting')
    : decisionLabel(review.decision ?? 'hold');
}

/** Every gate review of the project, newest first by default, each opening its details. */
export function GateHistory({ view, reviews, onOpen }: GateHistoryProps) {
  const [sort, setSort] = useState<Sort>({ key: 'requestedAt', direction: 'desc' });
  const sorted = useMemo(() => {
    const newestFirst = sortGateReviewsNewestFirst(reviews);
    if (sort.key === 'requestedAt') return sort.direction === 'desc' ? newestFirst : [...newestFirst].reverse();
    const value = (review: GateReview) =>
      sort.key === 'toPhase' ? phaseIndex(view, review.toPhaseId) : stateText(review).toLocaleLowerCase();
    const sign = sort.direction === 'asc' ? 1 : -1;
    // Stable on the newest-first order, so equal keys keep their dates in order.
    return [...newestFirst].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      return (x < y ? -1 : x > y ? 1 : 0) * sign;
    });
  }, [reviews, sort, view]);
  const someone = i18n.t('workspaceGate.someone');

  const header = (key: SortKey, label: string) => {
    const isActive = sort.key === key;
    return (
      <th scope="col" aria-sort={isActive ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          class="gate-sort"
          data-testid={`gate-sort-${key}`}
          onClick={() => setSort({ key, direction: isActive ? (sort.direction === 'asc' ? 'desc' : 'asc') : 'asc' })}
        >
          {label}
          <span class="gate-sort__arrow" aria-hidden="true">
            {isActive ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section class="card gate-history" aria-labelledby="gate-history-title" data-testid="gate-history">
      <h3 id="gate-history-title" class="gate-card__title">
        {i18n.t('workspaceGate.history.title')}
      </h3>
      {sorted.length === 0 ? (
        <p class="empty-state" data-testid="gate-history-empty">
          {i18n.t('workspaceGate.history.empty')}
        </p>
      ) : (
        <div class="gate-history__scroll">
          <table class="gate-history__table">
            <thead>
              <tr>
                {header('toPhase', i18n.t('workspaceGate.history.gate'))}
                {header('requestedAt', i18n.t('workspaceGate.history.requested'))}
                {header('state', i18n.t('workspaceGate.history.state'))}
                <th scope="col">{i18n.t('workspaceGate.history.decided')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((review) => (
                <tr key={review.id} data-testid="gate-history-row">
                  <th scope="row" data-label={i18n.t('workspaceGate.history.gate')}>
                    <button
                      type="button"
                      class="gate-history__open"
                      data-testid="gate-history-open"
                      onClick={() => onOpen(review.id)}
                    >
                      {i18n.t('workspaceGate.history.move', [
                        phaseName(view.template, review.fromPhaseId),
                        phaseName(view.template, review.toPhaseId),
                      ])}
                    </button>
                  </th>
                  <td data-label={i18n.t('workspaceGate.history.requested')}>
                    {`${formatDay(review.requestedAt)} · ${findMemberName(view, review.requestedBy) ?? someone}`}
                  </td>
                  <td data-label={i18n.t('workspaceGate.history.state')}>
                    <span
                      class={gateStateChip(review.status === 'requested' ? 'waiting' : (review.decision ?? 'open'))}
                    >
                      {stateText(review)}
                    </span>
                  </td>
                  <td data-label={i18n.t('workspaceGate.history.decided')}>
                    {review.status === 'decided'
                      ? `${formatDay(review.decidedAt)} · ${findMemberName(view, review.decidedBy) ?? someone}`
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
