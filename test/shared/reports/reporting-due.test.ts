import { describe, expect, it } from 'vitest';
import {
  computeReportingDue,
  countDueFor,
  listDueFor,
  listLateReports,
  type ReportingRecords,
} from '../../../shared/reports/reporting-due';
import type { Project } from '../../../shared/schemas/project';
import { aProject, aStatusReport, settings } from '../health/fixtures';

const crmId = '00000000-0000-4000-8000-00000000aa01';
const opsId = '00000000-0000-4000-8000-00000000aa02';
const hrId = '00000000-0000-4000-8000-00000000aa03';

function projectWith(id: string, fields: Partial<Omit<Project, 'id'>>): Project {
  return { ...aProject(fields), id };
}

/** CRM (Marc) reported up to 2026-03-06; OPS (Marc) has never reported; HR (Lina) has a draft only. */
function portfolio(extra: Partial<ReportingRecords> = {}): ReportingRecords {
  return {
    settings,
    projects: [
      projectWith(crmId, { code: 'CRM' }),
      projectWith(opsId, { code: 'OPS', name: 'Ops automation', start: '2026-02-16' }),
      projectWith(hrId, { code: 'HR', name: 'HR portal', managerId: 'member-lina', managerName: 'Lina Roy' }),
    ],
    statusReports: [
      aStatusReport({ projectId: crmId, periodEnd: '2026-03-06' }),
      aStatusReport({ projectId: crmId, periodStart: '2026-01-26', periodEnd: '2026-02-06' }),
      aStatusReport({ projectId: hrId, periodEnd: '2026-03-13', state: 'draft', submittedAt: undefined }),
    ],
    ...extra,
  };
}

describe('computeReportingDue', () => {
  it('dates the next report one cycle (14 days) after the latest submitted period end', () => {
    const [crm] = computeReportingDue(portfolio(), '2026-03-19');
    expect(crm).toEqual({
      projectId: crmId,
      projectCode: 'CRM',
      projectName: 'CRM rollout',
      managerId: 'member-pm',
      managerName: 'Marc Petit',
      lastReportEnd: '2026-03-06',
      since: '2026-03-06',
      dueOn: '2026-03-20',
      isDue: false,
      daysLate: 0,
    });
  });

  it('is due on the day itself, with 0 days late, then counts calendar days (weekends and holidays too)', () => {
    const withHolidays: ReportingRecords = { ...portfolio(), settings: { ...settings, reportingCycleDays: 14 } };
    const onTheDay = computeReportingDue(withHolidays, '2026-03-20').find((entry) => entry.projectCode === 'CRM');
    expect(onTheDay).toMatchObject({ isDue: true, daysLate: 0 });
    // 2026-03-23 is a Monday: Saturday and Sunday count.
    const monday = computeReportingDue(withHolidays, '2026-03-23').find((entry) => entry.projectCode === 'CRM');
    expect(monday).toMatchObject({ isDue: true, daysLate: 3 });
  });

  it('counts from the project start when no report was ever submitted', () => {
    const ops = computeReportingDue(portfolio(), '2026-03-19').find((entry) => entry.projectCode === 'OPS');
    expect(ops).toMatchObject({ since: '2026-02-16', dueOn: '2026-03-02', isDue: true, daysLate: 17 });
    expect(ops?.lastReportEnd).toBeUndefined();
  });

  it('does not count a draft as a report', () => {
    const hr = computeReportingDue(portfolio(), '2026-03-19').find((entry) => entry.projectCode === 'HR');
    expect(hr).toMatchObject({ since: '2026-01-05', dueOn: '2026-01-19', isDue: true, daysLate: 59 });
  });

  it('follows the workspace reporting cycle', () => {
    const weekly = portfolio({ settings: { ...settings, reportingCycleDays: 7 } });
    const crm = computeReportingDue(weekly, '2026-03-19').find((entry) => entry.projectCode === 'CRM');
    expect(crm).toMatchObject({ dueOn: '2026-03-13', daysLate: 6 });
  });

  it('falls back to the 14-day default without a settings record, and to the creation day without a start', () => {
    const records = portfolio({
      settings: undefined,
      projects: [projectWith(opsId, { code: 'OPS', start: undefined })],
    });
    expect(computeReportingDue(records, '2026-01-19')).toMatchObject([{ since: '2026-01-05', dueOn: '2026-01-19' }]);
  });

  it('ignores closed, cancelled, proposed and on-hold projects', () => {
    const records = portfolio({
      projects: (['closed', 'cancelled', 'proposed', 'on_hold'] as const).map((state, index) =>
        projectWith(`00000000-0000-4000-8000-0000000000b${index}`, { code: `P${index}`, state }),
      ),
    });
    expect(computeReportingDue(records, '2026-12-31')).toEqual([]);
  });
});

describe('listLateReports and countDueFor', () => {
  it('lists the due and late projects, most days late first', () => {
    expect(listLateReports(portfolio(), '2026-03-19').map((entry) => [entry.projectCode, entry.daysLate])).toEqual([
      ['HR', 59],
      ['OPS', 17],
    ]);
  });

  it('counts for each PM only the projects they manage', () => {
    const records = portfolio();
    expect(countDueFor('member-pm', records, '2026-03-19')).toBe(1);
    expect(countDueFor('member-pm', records, '2026-03-20')).toBe(2);
    expect(countDueFor('member-lina', records, '2026-03-20')).toBe(1);
    expect(countDueFor('member-nobody', records, '2026-03-20')).toBe(0);
    expect(listDueFor('member-pm', records, '2026-03-20').map((entry) => entry.projectCode)).toEqual(['OPS', 'CRM']);
  });

  it('stops counting a project once its report is submitted for the period', () => {
    const records = portfolio();
    const submitted: ReportingRecords = {
      ...records,
      statusReports: [...records.statusReports, aStatusReport({ projectId: opsId, periodEnd: '2026-03-18' })],
    };
    expect(countDueFor('member-pm', submitted, '2026-03-19')).toBe(0);
  });
});
