import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import { isIssueOverdue } from '../../../../shared/analytics/raid/raid-overdue';
import {
  type IssueFilter,
  type IssueSortKey,
  queryIssues,
  type RaidSort,
} from '../../../../shared/analytics/raid/raid-register';
import { listRegisterOwners } from '../../../../shared/analytics/risk/risk-register';
import type { Issue } from '../../../../shared/schemas/raid';
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
import { DueDate, OwnerName, PriorityChip, RecordAnchor } from './raid-bits';
import { useRaid } from './raid-context';
import { describeIssueStatus, describeIssueType, describePriority, issueStatuses, priorities } from './raid-labels';

/** The issue list's filters as the controls hold them. */
export interface IssueListState {
  status: 'unresolved' | 'all' | Issue['status'];
  priority: 'all' | Issue['priority'];
  owner: string;
  isOverdue: boolean;
  text: string;
  sort: RaidSort<IssueSortKey>;
  limit: number;
}

/** Unresolved issues, most pressing first: what a PM looks at on a Monday. */
export const defaultIssueListState: IssueListState = {
  status: 'unresolved',
  priority: 'all',
  owner: 'all',
  isOverdue: false,
  text: '',
  sort: { key: 'priority', direction: 'desc' },
  limit: pageSize,
};

function toIssueFilter(state: IssueListState): IssueFilter {
  return {
    statuses:
      state.status === 'all' ? undefined : state.status === 'unresolved' ? ['open', 'in_progress'] : [state.status],
    priorities: state.priority === 'all' ? undefined : [state.priority],
    ownerKey: state.owner === 'all' ? undefined : state.owner,
    isOverdue: state.isOverdue,
    text: state.text,
  };
}

export function isIssueListFiltered(state: IssueListState): boolean {
  return (
    state.status !== defaultIssueListState.status ||
    state.priority !== 'all' ||
    state.owner !== 'all' ||
    state.isOverdue ||
    state.text.trim() !== ''
  );
}

/** The project's issues as a sortable, filterable table; each title opens the issue. */
export function IssueList({ state, onState }: { state: IssueListState; onState(next: Partial<IssueListState>): void }) {
  const { view } = useRaid();
  const { issues } = view.records;
  const filtered = useMemo(
    () => queryIssues(issues, toIssueFilter(state), state.sort, view.today),
    [issues, state.status, state.priority, state.owner, state.isOverdue, state.text, state.sort, view.today],
  );
  const owners = useMemo(() => listRegisterOwners(issues), [issues]);
  const filter = (next: Partial<IssueListState>) => onState({ ...next, limit: pageSize });
  const rows = filtered.slice(0, state.limit);
  const sortProps = { sort: state.sort, onSort: (sort: RaidSort<IssueSortKey>) => onState({ sort }) };

  return (
    <div class="raid-list" data-testid="issue-list">
      <FilterBar label={i18n.t('workspaceRaid.filters.label')}>
        <SearchField
          id="issue-search"
          label={i18n.t('workspaceRaid.search.issues')}
          value={state.text}
          onValue={(text) => filter({ text })}
        />
        <FilterSelect
          id="issue-filter-status"
          label={i18n.t('workspaceRaid.filters.status')}
          value={state.status}
          onValue={(status) => filter({ status: status as IssueListState['status'] })}
          options={[
            { value: 'unresolved', label: i18n.t('workspaceRaid.filters.unresolved') },
            { value: 'all', label: i18n.t('workspaceRaid.filters.anyStatus') },
            ...issueStatuses.map((status) => ({ value: status, label: describeIssueStatus(status) })),
          ]}
        />
        <FilterSelect
          id="issue-filter-priority"
          label={i18n.t('workspaceRaid.filters.priority')}
          value={state.priority}
          onValue={(priority) => filter({ priority: priority as IssueListState['priority'] })}
          options={[
            { value: 'all', label: i18n.t('workspaceRaid.filters.anyPriority') },
            ...[...priorities].reverse().map((priority) => ({ value: priority, label: describePriority(priority) })),
          ]}
        />
        <OwnerFilter
          id="issue-filter-owner"
          value={state.owner}
          owners={owners}
          onValue={(owner) => filter({ owner })}
        />
        <FilterCheckbox
          id="issue-filter-overdue"
          label={i18n.t('workspaceRaid.filters.overdueOnly')}
          checked={state.isOverdue}
          onValue={(isOverdue) => filter({ isOverdue })}
        />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyList
          isFiltered={isIssueListFiltered(state) && issues.length > 0}
          emptyText={i18n.t('workspaceRaid.empty.issues')}
          onClear={() => onState(defaultIssueListState)}
        />
      ) : (
        <div class="raid-table-box">
          <table class="raid-table">
            <caption class="visually-hidden">{i18n.t('workspaceRaid.kinds.issues')}</caption>
            <thead>
              <tr>
                <SortHeader sortKey="title" label={i18n.t('workspaceRaid.columns.title')} {...sortProps} />
                <SortHeader sortKey="type" label={i18n.t('workspaceRaid.columns.type')} {...sortProps} />
                <SortHeader
                  sortKey="priority"
                  label={i18n.t('workspaceRaid.columns.priority')}
                  firstDirection="desc"
                  {...sortProps}
                />
                <SortHeader
                  sortKey="status"
                  label={i18n.t('workspaceRaid.columns.status')}
                  firstDirection="desc"
                  {...sortProps}
                />
                <SortHeader sortKey="owner" label={i18n.t('workspaceRaid.columns.owner')} {...sortProps} />
                <SortHeader sortKey="dueDate" label={i18n.t('workspaceRaid.columns.dueDate')} {...sortProps} />
              </tr>
            </thead>
            <tbody>
              {rows.map((issue) => (
                <IssueRow key={issue.id} issue={issue} />
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

function IssueRow({ issue }: { issue: Issue }) {
  const { view } = useRaid();
  const isOverdue = isIssueOverdue(issue, view.today);
  return (
    <tr class={isOverdue ? 'raid-row raid-row--overdue' : 'raid-row'} data-testid={`issue-row-${issue.id}`}>
      <th scope="row" class="raid-cell--title">
        <RecordAnchor link={{ entity: 'issue', id: issue.id }} className="raid-title-link">
          {issue.title}
        </RecordAnchor>
        {issue.ref ? <span class="raid-ref">{issue.ref}</span> : null}
        {issue.riskId ? <FromRisk riskId={issue.riskId} /> : null}
      </th>
      <td data-label={i18n.t('workspaceRaid.columns.type')}>{describeIssueType(issue.type)}</td>
      <td data-label={i18n.t('workspaceRaid.columns.priority')}>
        <PriorityChip priority={issue.priority} />
      </td>
      <td data-label={i18n.t('workspaceRaid.columns.status')}>{describeIssueStatus(issue.status)}</td>
      <td data-label={i18n.t('workspaceRaid.columns.owner')}>
        <OwnerName owner={issue.owner} />
      </td>
      <td data-label={i18n.t('workspaceRaid.columns.dueDate')}>
        <DueDate dueDate={issue.dueDate} isOverdue={isOverdue} today={view.today} />
      </td>
    </tr>
  );
}

/** "From risk …": the risk an issue came from, linked to the risk register, or said to be deleted. */
export function FromRisk({ riskId }: { riskId: string }) {
  const { resolveLink } = useRaid();
  const linked = resolveLink({ entity: 'risk', id: riskId });
  if (!linked) return <span class="raid-sub muted">{i18n.t('workspaceRaid.fromDeletedRisk')}</span>;
  return (
    <span class="raid-sub">
      {i18n.t('workspaceRaid.fromRisk')}{' '}
      <RecordAnchor link={{ entity: 'risk', id: riskId }} testId={`from-risk-${riskId}`}>
        {linked.title}
      </RecordAnchor>
    </span>
  );
}

/** Owner choices: anyone, each owner of the list (once per person), then nobody. */
export function OwnerFilter({
  id,
  value,
  owners,
  onValue,
}: {
  id: string;
  value: string;
  owners: { key: string; name: string }[];
  onValue(value: string): void;
}) {
  return (
    <FilterSelect
      id={id}
      label={i18n.t('workspaceRaid.filters.owner')}
      value={value}
      onValue={onValue}
      options={[
        { value: 'all', label: i18n.t('workspaceRaid.filters.anyOwner') },
        ...owners.map((owner) => ({
          value: owner.key,
          label: owner.key === 'none' ? i18n.t('workspaceRaid.filters.noOwner') : owner.name,
        })),
      ]}
    />
  );
}
