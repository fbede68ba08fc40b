import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { listLateReports, type ReportingDue } from '../../../../shared/reports/reporting-due';
import { defaultWorkspaceSettings } from '../../../../shared/schemas/workspace-settings';
import { formatWorkspaceRoute, workspacePagePath } from '../../../messaging/workspace-route';
import { formatDay } from '../../workspace/format';
import type { DashboardSectionProps } from '../dashboard-section-props';

type SortKey = 'project' | 'manager' | 'dueOn' | 'daysLate' | 'lastReport';
type Sort = { key: SortKey; descending: boolean };

const compareText = (a: string, b: string) => a.localeCompare(b);
const compareBy: Record<SortKey, (a: ReportingDue, b: ReportingDue) => number> = {
  project: (a, b) => compareText(a.projectCode, b.projectCode),
  manager: (a, b) => compareText(a.managerName ?? '', b.managerName ?? '') || compareText(a.projectCode, b.projectCode),
  dueOn: (a, b) => compareText(a.dueOn, b.dueOn) || compareText(a.projectCode, b.projectCode),
  daysLate: (a, b) => a.daysLate - b.daysLate || compareText(a.projectCode, b.projectCode),
  lastReport: (a, b) =>
    compareText(a.lastReportEnd ?? '', b.lastReportEnd ?? '') || compareText(a.projectCode, b.projectCode),
};

function statusHref(projectId: string): string {
  return `${browser.runtime.getURL(workspacePagePath)}${formatWorkspaceRoute({ projectId, tab: 'status' })}`;
}

/**
 * Who is late with a status report (docs/domain.md "Reporting reminders"): every active project of
 * the filtered portfolio whose next report is due today or late, computed from the synced records with
 * the same rule as the PM's badge and the Worker's list (shared/reports/reporting-due.ts). Sortable.
 */
export function ReportingSection({ data }: DashboardSectionProps) {
  const { rows, shown, today } = data;
  const [sort, setSort] = useState<Sort>({ key: 'daysLate', descending: true });
  const shownIds = useMemo(() => new Set(shown.projects.map((project) => project.projectId)), [shown]);
  const late = useMemo(
    () => listLateReports(rows.records, today).filter((entry) => shownIds.has(entry.projectId)),
    [rows, today, shownIds],
  );
  const sorted = useMemo(() => {
    const list = [...late].sort(compareBy[sort.key]);
    return sort.descending ? list.reverse() : list;
  }, [late, sort]);
  const cycleDays = rows.records.settings?.reportingCycleDays ?? defaultWorkspaceSettings.reportingCycleDays;

  const sortHeader = (key: SortKey, label: string) => {
    const isActive = sort.key === key;
    return (
      <th scope="col" aria-sort={isActive ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          class="dashboard-sort"
          data-testid={`reporting-sort-${key}`}
          aria-label={i18n.t('reminders.late.sortBy', [label])}
          onClick={() => setSort({ key, descending: isActive ? !sort.descending : key === 'daysLate' })}
        >
          {label}
          <span aria-hidden="true">{isActive ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div class="dashboard-reporting">
      <p class="muted">{i18n.t('reminders.late.intro', [String(cycleDays)])}</p>
      <section class="card" aria-labelledby="reporting-late-title">
        <h3 id="reporting-late-title" class="card__title" data-testid="reporting-late-count">
          {i18n.t('reminders.late.count', late.length, [String(late.length)])}
        </h3>
        {late.length === 0 ? (
          <p class="muted" data-testid="reporting-late-empty">
            {i18n.t('reminders.late.empty')}
          </p>
        ) : (
          <div class="dashboard-table-wrap">
            <table
              class="dashboard-table"
              data-testid="reporting-late"
              aria-label={i18n.t('reminders.late.tableLabel')}
            >
              <thead>
                <tr>
                  {sortHeader('project', i18n.t('reminders.late.project'))}
                  {sortHeader('manager', i18n.t('reminders.late.manager'))}
                  {sortHeader('dueOn', i18n.t('reminders.late.dueOn'))}
                  {sortHeader('daysLate', i18n.t('reminders.late.daysLate'))}
                  {sortHeader('lastReport', i18n.t('reminders.late.lastReport'))}
                </tr>
              </thead>
              <tbody>
                {sorted.map((entry) => (
                  <tr key={entry.projectId} data-testid={`reporting-late-${entry.projectCode}`}>
                    <th scope="row">
                      <a
                        href={statusHref(entry.projectId)}
                        target="_blank"
                        rel="noopener"
                        title={i18n.t('reminders.late.openStatus', [entry.projectCode])}
                      >
                        {`${entry.projectCode} — ${entry.projectName}`}
                      </a>
                    </th>
                    <td>{entry.managerName ?? <span class="muted">{i18n.t('reminders.late.noManager')}</span>}</td>
                    <td>{formatDay(entry.dueOn)}</td>
                    <td class="number" data-testid={`reporting-days-late-${entry.projectCode}`}>
                      {entry.daysLate === 0 ? (
                        <span class="severity severity--warning">{i18n.t('reminders.late.dueToday')}</span>
                      ) : (
                        <span class="severity severity--critical">{entry.daysLate}</span>
                      )}
                    </td>
                    <td>
                      {entry.lastReportEnd ? (
                        formatDay(entry.lastReportEnd)
                      ) : (
                        <span class="muted">{i18n.t('reminders.late.noReport')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
