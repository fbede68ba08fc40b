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
  bindListState,
  FilterBar,
  FilterSelect,
  OverdueFilter,
  OwnerFilter,
  pageSize,
  RaidListTable,
  SortHeader,
} from './RaidTable';
import { OwnerAndDueCells, PriorityChip, RecordAnchor, TitleCell } from './raid-bits';
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

/** The project's issues as a sortable, filterable table; each title opens the issue. */
export function IssueList({ state, onState }: { state: IssueListState; onState(next: Partial<IssueListState>): void }) {
  const { view } = useRaid();
  const { issues } = view.records;
  const filtered = useMemo(
    () => queryIssues(issues, toIssueFilter(state), state.sort, view.today),
    [issues, state.status, state.priority, state.owner, state.isOverdue, state.text, state.sort, view.today],
  );
  const owners = useMemo(() => listRegisterOwners(issues), [issues]);
  const { bind, sortProps, tableProps } = bindListState(state, onState, defaultIssueListState);

  return (
    <div class="raid-list" data-testid="issue-list">
      <FilterBar searchId="issue-search" searchLabel={i18n.t('workspaceRaid.search.issues')} {...bind('text')}>
        <FilterSelect
          id="issue-filter-status"
          label={i18n.t('workspaceRaid.filters.status')}
          {...bind('status')}
          options={[
            { value: 'unresolved', label: i18n.t('workspaceRaid.filters.unresolved') },
            { value: 'all', label: i18n.t('workspaceRaid.filters.anyStatus') },
            ...issueStatuses.map((status) => ({ value: status, label: describeIssueStatus(status) })),
          ]}
        />
        <FilterSelect
          id="issue-filter-priority"
          label={i18n.t('workspaceRaid.filters.priority')}
          {...bind('priority')}
          options={[
            { value: 'all', label: i18n.t('workspaceRaid.filters.anyPriority') },
            ...[...priorities].reverse().map((priority) => ({ value: priority, label: describePriority(priority) })),
          ]}
        />
        <OwnerFilter id="issue-filter-owner" owners={owners} {...bind('owner')} />
        <OverdueFilter id="issue-filter-overdue" {...bind('isOverdue')} />
      </FilterBar>
      <RaidListTable
        kind="issues"
        columns={
          <>
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
          </>
        }
        items={filtered}
        renderRow={(issue) => <IssueRow key={issue.id} issue={issue} today={view.today} />}
        hasRecords={issues.length > 0}
        {...tableProps}
      />
    </div>
  );
}

/** One row; `today` comes from the list, which reads the view once for all its rows. */
function IssueRow({ issue, today }: { issue: Issue; today: string }) {
  const isOverdue = isIssueOverdue(issue, today);
  return (
    <tr class={isOverdue ? 'raid-row raid-row--overdue' : 'raid-row'} data-testid={`issue-row-${issue.id}`}>
      <TitleCell link={{ entity: 'issue', id: issue.id }} title={issue.title} reference={issue.ref}>
        {issue.riskId ? <FromRisk riskId={issue.riskId} /> : null}
      </TitleCell>
      <td data-label={i18n.t('workspaceRaid.columns.type')}>{describeIssueType(issue.type)}</td>
      <td data-label={i18n.t('workspaceRaid.columns.priority')}>
        <PriorityChip priority={issue.priority} />
      </td>
      <td data-label={i18n.t('workspaceRaid.columns.status')}>{describeIssueStatus(issue.status)}</td>
      <OwnerAndDueCells owner={issue.owner} dueDate={issue.dueDate} isOverdue={isOverdue} today={today} />
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
