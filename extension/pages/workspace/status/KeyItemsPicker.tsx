import type { ComponentChild } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { isOpenIssue } from '../../../../shared/analytics/raid/raid-overdue';
import { rankIssues } from '../../../../shared/analytics/raid/raid-register';
import { currentScore, isOpenRisk } from '../../../../shared/analytics/risk/risk-rating';
import { rankRisks } from '../../../../shared/analytics/risk/top-risks';
import { bandOfScore } from '../../../../shared/risk-score';
import { formatWorkspaceRoute } from '../../../messaging/workspace-route';
import { ScoreChip } from '../../../ui/common/ScoreChip';
import type { ProjectView } from '../project-view';

/** The schema's limit on key risks and on key issues (status-report.ts). */
const maxKeyItems = 50;
/** Rows shown at first and added by "Show more": a register may hold thousands. */
const pageSize = 20;

interface PickItem {
  id: string;
  title: string;
  badge: ComponentChild;
  detail?: string;
}

interface KeyItemListProps {
  id: string;
  title: string;
  hint: string;
  emptyText: string;
  items: PickItem[];
  selected: readonly string[];
  hrefOf(id: string): string;
  onChange(ids: string[]): void;
}

/** A register as ticks: the chosen items stay listed wherever they rank, the rest page in by "Show more". */
function KeyItemList({ id, title, hint, emptyText, items, selected, hrefOf, onChange }: KeyItemListProps) {
  const [limit, setLimit] = useState(pageSize);
  const chosen = new Set(selected);
  const visible = items.filter((item, index) => index < limit || chosen.has(item.id));
  const isFull = chosen.size >= maxKeyItems;
  const toggle = (itemId: string, isChecked: boolean) =>
    onChange(isChecked ? [...selected, itemId] : selected.filter((selectedId) => selectedId !== itemId));
  return (
    <fieldset class="key-items" data-testid={id}>
      <legend class="status-section__title">
        {title} <span class="count">{i18n.t('workspaceStatus.selectedCount', chosen.size)}</span>
      </legend>
      <p class="field-hint">{hint}</p>
      {items.length === 0 ? (
        <p class="muted">{emptyText}</p>
      ) : (
        <ul class="key-items__list">
          {visible.map((item) => (
            <li key={item.id} class="key-item">
              <input
                type="checkbox"
                id={`${id}-${item.id}`}
                data-testid={`${id}-item`}
                checked={chosen.has(item.id)}
                disabled={isFull && !chosen.has(item.id)}
                onChange={(event) => toggle(item.id, event.currentTarget.checked)}
              />
              {item.badge}
              <label for={`${id}-${item.id}`} class="key-item__title">
                {item.title}
                {item.detail ? <span class="key-item__detail">{item.detail}</span> : null}
              </label>
              <a
                class="key-item__open"
                href={hrefOf(item.id)}
                aria-label={i18n.t('workspaceStatus.openItem', [item.title])}
              >
                {i18n.t('workspaceStatus.open')}
              </a>
            </li>
          ))}
        </ul>
      )}
      {items.length > visible.length ? (
        <button type="button" class="button button--quiet" onClick={() => setLimit(limit + 50)}>
          {i18n.t('workspaceStatus.showMore', [String(items.length - visible.length)])}
        </button>
      ) : null}
      {isFull ? <p class="field-hint">{i18n.t('workspaceStatus.keyItemsFull', [String(maxKeyItems)])}</p> : null}
    </fieldset>
  );
}

interface KeyItemsPickerProps {
  view: ProjectView;
  keyRiskIds: readonly string[];
  keyIssueIds: readonly string[];
  onRisks(ids: string[]): void;
  onIssues(ids: string[]): void;
}

/**
 * The key risks and issues of the report, ticked from the register: open risks in the shared ranking
 * (current score, residual once assessed), open issues in the register's order. An item chosen
 * earlier and closed since stays listed so it can be unticked.
 */
export function KeyItemsPicker({ view, keyRiskIds, keyIssueIds, onRisks, onIssues }: KeyItemsPickerProps) {
  const { risks, issues, project } = view.records;
  const matrix = view.settings.riskMatrix;
  const riskItems = useMemo(() => {
    const keep = new Set(keyRiskIds);
    return rankRisks(risks.filter((risk) => isOpenRisk(risk) || keep.has(risk.id))).map((risk): PickItem => {
      const score = currentScore(risk);
      return {
        id: risk.id,
        title: risk.title,
        badge: <ScoreChip score={score} band={bandOfScore(score, matrix)} />,
        detail: risk.owner?.name,
      };
    });
  }, [risks, keyRiskIds, matrix]);
  const issueItems = useMemo(() => {
    const keep = new Set(keyIssueIds);
    return rankIssues(issues.filter((issue) => isOpenIssue(issue) || keep.has(issue.id))).map(
      (issue): PickItem => ({
        id: issue.id,
        title: issue.title,
        badge: (
          <span class={`priority-tag chip--${issue.priority}`}>
            {i18n.t(`workspaceStatus.priority.${issue.priority}`)}
          </span>
        ),
        detail: issue.owner?.name,
      }),
    );
  }, [issues, keyIssueIds]);
  const hrefOf = (tab: 'risks' | 'raid') => (recordId: string) =>
    formatWorkspaceRoute({ projectId: project.id, tab, recordId });
  return (
    <div class="key-items-picker">
      <KeyItemList
        id="key-risks"
        title={i18n.t('workspaceStatus.keyRisksTitle')}
        hint={i18n.t('workspaceStatus.keyRisksHint')}
        emptyText={i18n.t('workspaceStatus.noOpenRisks')}
        items={riskItems}
        selected={keyRiskIds}
        hrefOf={hrefOf('risks')}
        onChange={onRisks}
      />
      <KeyItemList
        id="key-issues"
        title={i18n.t('workspaceStatus.keyIssuesTitle')}
        hint={i18n.t('workspaceStatus.keyIssuesHint')}
        emptyText={i18n.t('workspaceStatus.noOpenIssues')}
        items={issueItems}
        selected={keyIssueIds}
        hrefOf={hrefOf('raid')}
        onChange={onIssues}
      />
    </div>
  );
}
