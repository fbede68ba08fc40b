import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import { type DecisionSortKey, queryDecisions, type RaidSort } from '../../../../shared/analytics/raid/raid-register';
import type { Decision } from '../../../../shared/schemas/raid';
import { formatDay } from '../format';
import { bindListState, FilterBar, pageSize, RaidListTable, SortHeader } from './RaidTable';
import { LinkedRecordLabel, TitleCell } from './raid-bits';
import { useRaid } from './raid-context';

/** The decision log's filters as the controls hold them. */
export interface DecisionListState {
  from: string;
  to: string;
  text: string;
  sort: RaidSort<DecisionSortKey>;
  limit: number;
}

export const defaultDecisionListState: DecisionListState = {
  from: '',
  to: '',
  text: '',
  sort: { key: 'decidedOn', direction: 'desc' },
  limit: pageSize,
};

/** The decision log, latest first, narrowed by a date range and words. */
export function DecisionList({
  state,
  onState,
}: {
  state: DecisionListState;
  onState(next: Partial<DecisionListState>): void;
}) {
  const { view } = useRaid();
  const { decisions } = view;
  const filtered = useMemo(
    () =>
      queryDecisions(
        decisions,
        { from: state.from || undefined, to: state.to || undefined, text: state.text },
        state.sort,
      ),
    [decisions, state.from, state.to, state.text, state.sort],
  );
  const { filter, bind, sortProps, tableProps } = bindListState(state, onState, defaultDecisionListState);

  return (
    <div class="raid-list" data-testid="decision-list">
      <FilterBar searchId="decision-search" searchLabel={i18n.t('workspaceRaid.search.decisions')} {...bind('text')}>
        <div class="field raid-filter">
          <label for="decision-filter-from">{i18n.t('workspaceRaid.filters.from')}</label>
          <input
            id="decision-filter-from"
            data-testid="decision-filter-from"
            type="date"
            value={state.from}
            max={state.to || undefined}
            onInput={(event) => filter({ from: event.currentTarget.value })}
          />
        </div>
        <div class="field raid-filter">
          <label for="decision-filter-to">{i18n.t('workspaceRaid.filters.to')}</label>
          <input
            id="decision-filter-to"
            data-testid="decision-filter-to"
            type="date"
            value={state.to}
            min={state.from || undefined}
            onInput={(event) => filter({ to: event.currentTarget.value })}
          />
        </div>
      </FilterBar>
      <RaidListTable
        kind="decisions"
        columns={
          <>
            <SortHeader sortKey="statement" label={i18n.t('workspaceRaid.columns.statement')} {...sortProps} />
            <SortHeader
              sortKey="decidedOn"
              label={i18n.t('workspaceRaid.columns.decidedOn')}
              firstDirection="desc"
              {...sortProps}
            />
            <SortHeader sortKey="decidedBy" label={i18n.t('workspaceRaid.columns.decidedBy')} {...sortProps} />
            <th scope="col">{i18n.t('workspaceRaid.columns.links')}</th>
          </>
        }
        items={filtered}
        renderRow={(decision) => <DecisionRow key={decision.id} decision={decision} />}
        hasRecords={decisions.length > 0}
        {...tableProps}
      />
    </div>
  );
}

function DecisionRow({ decision }: { decision: Decision }) {
  return (
    <tr class="raid-row" data-testid={`decision-row-${decision.id}`}>
      <TitleCell link={{ entity: 'decision', id: decision.id }} title={decision.statement} reference={decision.ref} />
      <td data-label={i18n.t('workspaceRaid.columns.decidedOn')}>{formatDay(decision.decidedOn)}</td>
      <td data-label={i18n.t('workspaceRaid.columns.decidedBy')}>{decision.decidedBy}</td>
      <td data-label={i18n.t('workspaceRaid.columns.links')}>
        {decision.links.length === 0 ? (
          <span class="muted">{i18n.t('workspaceRaid.linkNone')}</span>
        ) : (
          <ul class="raid-inline-list">
            {decision.links.slice(0, 3).map((link) => (
              <li key={`${link.entity}:${link.id}`}>
                <LinkedRecordLabel link={link} />
              </li>
            ))}
            {decision.links.length > 3 ? (
              <li class="muted">{i18n.t('workspaceRaid.linkCount', decision.links.length - 3)}</li>
            ) : null}
          </ul>
        )}
      </td>
    </tr>
  );
}
