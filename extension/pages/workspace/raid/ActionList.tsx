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
import {
  bindListState,
  FilterBar,
  FilterSelect,
  OverdueFilter,
  OwnerFilter,
  pageSize,
  RaidListTable,
  SortHeader,
} from './RaidTable';
import { LinkedRecordLabel, MarkDoneButton, OwnerAndDueCells, TitleCell } from './raid-bits';
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
  const { bind, sortProps, tableProps } = bindListState(state, onState, defaultActionListState);

  return (
    <div class="raid-list" data-testid="action-list">
      <FilterBar searchId="action-search" searchLabel={i18n.t('workspaceRaid.search.actions')} {...bind('text')}>
        <FilterSelect
          id="action-filter-show"
          label={i18n.t('workspaceRaid.filters.show')}
          {...bind('show')}
          options={[
            { value: 'open', label: i18n.t('workspaceRaid.filters.showOpen') },
            { value: 'done', label: i18n.t('workspaceRaid.filters.showDone') },
            { value: 'all', label: i18n.t('workspaceRaid.filters.showAll') },
          ]}
        />
        <OwnerFilter id="action-filter-owner" owners={owners} {...bind('owner')} />
        <OverdueFilter id="action-filter-overdue" {...bind('isOverdue')} />
      </FilterBar>
      <RaidListTable
        kind="actions"
        columns={
          <>
            <SortHeader sortKey="title" label={i18n.t('workspaceRaid.columns.title')} {...sortProps} />
            <SortHeader sortKey="owner" label={i18n.t('workspaceRaid.columns.owner')} {...sortProps} />
            <SortHeader sortKey="dueDate" label={i18n.t('workspaceRaid.columns.dueDate')} {...sortProps} />
            <th scope="col">{i18n.t('workspaceRaid.columns.link')}</th>
            <SortHeader sortKey="status" label={i18n.t('workspaceRaid.columns.done')} {...sortProps} />
          </>
        }
        items={filtered}
        renderRow={(action) => <ActionRow key={action.id} action={action} today={view.today} />}
        hasRecords={actions.length > 0}
        {...tableProps}
      />
    </div>
  );
}

/** One row; `today` comes from the list, which reads the view once for all its rows. */
function ActionRow({ action, today }: { action: Action; today: string }) {
  const isOverdue = isActionOverdue(action, today);
  const rowClass = ['raid-row', isOverdue ? 'raid-row--overdue' : '', action.done ? 'raid-row--done' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr class={rowClass} data-testid={`action-row-${action.id}`} data-overdue={isOverdue ? 'true' : undefined}>
      <TitleCell link={{ entity: 'action', id: action.id }} title={action.title} reference={action.ref} />
      <OwnerAndDueCells owner={action.owner} dueDate={action.dueDate} isOverdue={isOverdue} today={today} />
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
