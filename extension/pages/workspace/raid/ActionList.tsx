import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import { isActionOverdue } from '../../../../shared/analytics/raid/raid-overdue';
import {
  type ActionFilter,
  type ActionSortKey,
  queryActions,
  type RaidSort,
} from '../../../../shared/analytics/raid/raid-register';
import { listRegisterOwners } from '../../../../shared/analytics/risk/risk-register';
import type { Action } from '../../../../shared/schemas/raid';
import { OwnerFilter } from './IssueList';
import {
  EmptyList,
  FilterBar,
  FilterCheckbox,
  FilterSelect,
  ListFooter,
  pageSize,
  SearchField,
  SortHeader,
} from './RaidTable';
import { DueDate, LinkedRecordLabel, MarkDoneButton, OwnerName, RecordAnchor } from './raid-bits';
import { useRaid } from './raid-context';
import { describeActionState } from './raid-labels';

/** The action list's filters as the controls hold them. */
export interface ActionListState {
  show: 'open' | 'done' | 'all';
  owner: string;
  isOverdue: boolean;
  text: string;
  sort: RaidSort<ActionSortKey>;
  limit: number;
}

/** Open actions, the earliest due first: the PM's to-do list. */
export const defaultActionListState: ActionListState = {
  show: 'open',
  owner: 'all',
  isOverdue: false,
  text: '',
  sort: { key: 'dueDate', direction: 'asc' },
  limit: pageSize,
};

function toActionFilter(state: ActionListState): ActionFilter {
  return {
    state: state.show === 'all' ? undefined : state.show,
    ownerKey: state.owner === 'all' ? undefined : state.owner,
    isOverdue: state.isOverdue,
    text: state.text,
  };
}

const isFiltered = (state: ActionListState) =>
  state.show !== defaultActionListState.show || state.owner !== 'all' || state.isOverdue || state.text.trim() !== '';

/** The project's actions: mark one done in a click, see what is overdue, follow what each is for. */
export function ActionList({
  state,
  onState,
}: {
  state: ActionListState;
  onState(next: Partial<ActionListState>): void;
}) {
  const { view } = useRaid();
  const { actions } = view.records;
  const filtered = useMemo(
    () => queryActions(actions, toActionFilter(state), state.sort, view.today),
    [actions, state.show, state.owner, state.isOverdue, state.text, state.sort, view.today],
  );
  const owners = useMemo(() => listRegisterOwners(actions), [actions]);
  const filter = (next: Partial<ActionListState>) => onState({ ...next, limit: pageSize });
  const rows = filtered.slice(0, state.limit);
  const sortProps = { sort: state.sort, onSort: (sort: RaidSort<ActionSortKey>) => onState({ sort }) };

  return (
    <div class="raid-list" data-testid="action-list">
      <FilterBar label={i18n.t('workspaceRaid.filters.label')}>
        <SearchField
          id="action-search"
          label={i18n.t('workspaceRaid.search.actions')}
          value={state.text}
          onValue={(text) => filter({ text })}
        />
        <FilterSelect
          id="action-filter-show"
          label={i18n.t('workspaceRaid.filters.show')}
          value={state.show}
          onValue={(show) => filter({ show: show as ActionListState['show'] })}
          options={[
            { value: 'open', label: i18n.t('workspaceRaid.filters.showOpen') },
            { value: 'done', label: i18n.t('workspaceRaid.filters.showDone') },
            { value: 'all', label: i18n.t('workspaceRaid.filters.showAll') },
          ]}
        />
        <OwnerFilter
          id="action-filter-owner"
          value={state.owner}
          owners={owners}
          onValue={(owner) => filter({ owner })}
        />
        <FilterCheckbox
          id="action-filter-overdue"
          label={i18n.t('workspaceRaid.filters.overdueOnly')}
          checked={state.isOverdue}
          onValue={(isOverdue) => filter({ isOverdue })}
        />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyList
          isFiltered={isFiltered(state) && actions.length > 0}
          emptyText={i18n.t('workspaceRaid.empty.actions')}
          onClear={() => onState(defaultActionListState)}
        />
      ) : (
        <div class="raid-table-box">
          <table class="raid-table">
            <caption class="visually-hidden">{i18n.t('workspaceRaid.kinds.actions')}</caption>
            <thead>
              <tr>
                <SortHeader sortKey="title" label={i18n.t('workspaceRaid.columns.title')} {...sortProps} />
                <SortHeader sortKey="owner" label={i18n.t('workspaceRaid.columns.owner')} {...sortProps} />
                <SortHeader sortKey="dueDate" label={i18n.t('workspaceRaid.columns.dueDate')} {...sortProps} />
                <th scope="col">{i18n.t('workspaceRaid.columns.link')}</th>
                <SortHeader sortKey="status" label={i18n.t('workspaceRaid.columns.done')} {...sortProps} />
              </tr>
            </thead>
            <tbody>
              {rows.map((action) => (
                <ActionRow key={action.id} action={action} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListFooter
        shown={rows.length}
        total={filtered.length}
        onMore={() => onState({ limit: state.limit + pageSize })}
      />
    </div>
  );
}

function ActionRow({ action }: { action: Action }) {
  const { view } = useRaid();
  const isOverdue = isActionOverdue(action, view.today);
  const rowClass = ['raid-row', isOverdue ? 'raid-row--overdue' : '', action.done ? 'raid-row--done' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr class={rowClass} data-testid={`action-row-${action.id}`} data-overdue={isOverdue ? 'true' : undefined}>
      <th scope="row" class="raid-cell--title">
        <RecordAnchor link={{ entity: 'action', id: action.id }} className="raid-title-link">
          {action.title}
        </RecordAnchor>
        {action.ref ? <span class="raid-ref">{action.ref}</span> : null}
      </th>
      <td data-label={i18n.t('workspaceRaid.columns.owner')}>
        <OwnerName owner={action.owner} />
      </td>
      <td data-label={i18n.t('workspaceRaid.columns.dueDate')}>
        <DueDate dueDate={action.dueDate} isOverdue={isOverdue} today={view.today} />
      </td>
      <td data-label={i18n.t('workspaceRaid.columns.link')}>
        <LinkedRecordLabel link={action.link} />
      </td>
      <td data-label={i18n.t('workspaceRaid.columns.done')} class="raid-cell--done">
        <span class={action.done ? 'raid-state raid-state--done' : 'raid-state'}>
          {describeActionState(action.done)}
        </span>
        <MarkDoneButton action={action} />
      </td>
    </tr>
  );
}
