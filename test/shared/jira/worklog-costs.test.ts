import { describe, expect, it } from 'vitest';
import { planWorklogCosts, toWorklogCostImport, type WorklogReading } from '../../../shared/jira';

const persons = [
  { id: 'p-marie', name: 'Marie Dupont', email: 'marie.dupont@acme.test', hourlyRate: 80 },
  { id: 'p-lee', name: 'Lee Martin', hourlyRate: 62.5 },
  { id: 'p-noe', name: 'Noé Garnier' },
];

let next = 0;
const worklog = (author: Partial<WorklogReading>, started: string, hours: number, issueKey = 'PAY-1') => ({
  id: String(next++),
  issueKey,
  authorName: 'Someone',
  started,
  seconds: hours * 3600,
  ...author,
});

describe('worklogs × hourly rate', () => {
  const marie = { authorAccountId: 'acc-marie', authorName: 'M. Dupont', authorEmail: 'MARIE.DUPONT@acme.test' };
  const lee = { authorAccountId: 'acc-lee', authorName: 'martin LEE' };
  const noe = { authorAccountId: 'acc-noe', authorName: 'Noe Garnier' };
  const stranger = { authorAccountId: 'acc-x', authorName: 'Contractor X', authorEmail: 'x@vendor.test' };
  const worklogs = [
    worklog(marie, '2026-03-02T09:00:00.000+0100', 7.5, 'PAY-12'),
    worklog(marie, '2026-03-20T14:00:00.000+0100', 2, 'PAY-3'),
    worklog(marie, '2026-04-01T08:30:00.000+0200', 4, 'PAY-12'),
    worklog(lee, '2026-03-05T10:00:00.000+0100', 6, 'PAY-7'),
    worklog(noe, '2026-03-06T10:00:00.000+0100', 3, 'PAY-7'),
    worklog(stranger, '2026-04-10T10:00:00.000+0200', 5, 'PAY-9'),
    // Outside the months asked for: left out and counted.
    worklog(marie, '2026-05-04T10:00:00.000+0200', 8, 'PAY-12'),
  ];
  const plan = planWorklogCosts(worklogs, persons, { from: '2026-03-01', to: '2026-04-30' });

  it('matches authors by email, else by name (case, accents, word order ignored), and prices each person-month', () => {
    expect(plan.periods).toEqual(['2026-03-01', '2026-04-01']);
    expect(plan.lines).toEqual([
      {
        period: '2026-03-01',
        personId: 'p-lee',
        personName: 'Lee Martin',
        hours: 6,
        rate: 62.5,
        amount: 375,
        issueKeys: ['PAY-7'],
      },
      {
        period: '2026-03-01',
        personId: 'p-marie',
        personName: 'Marie Dupont',
        hours: 9.5,
        rate: 80,
        amount: 760,
        issueKeys: ['PAY-3', 'PAY-12'],
      },
      {
        period: '2026-04-01',
        personId: 'p-marie',
        personName: 'Marie Dupont',
        hours: 4,
        rate: 80,
        amount: 320,
        issueKeys: ['PAY-12'],
      },
    ]);
    expect(plan.totalAmount).toBe(1455);
  });

  it('lists unmatched authors and people without a rate instead of guessing', () => {
    expect(plan.unmatched).toEqual([{ name: 'Contractor X', email: 'x@vendor.test', hours: 5, issueKeys: ['PAY-9'] }]);
    expect(plan.unrated).toEqual([{ personId: 'p-noe', name: 'Noé Garnier', hours: 3 }]);
    expect(plan.outsideCount).toBe(1);
    expect(plan.totalHours).toBe(27.5);
  });

  it('counts a worklog read twice (pages that moved) once', () => {
    const twice = planWorklogCosts([worklogs[0], worklogs[0]], persons, { from: '2026-03-01', to: '2026-03-31' });
    expect(twice.lines[0].hours).toBe(7.5);
  });

  it('becomes one costEntry.import of source jira covering every month, even months with nothing', () => {
    let id = 0;
    const args = toWorklogCostImport(plan, 'project-1', () => `id-${++id}`);
    expect(args).toMatchObject({ projectId: 'project-1', source: 'jira', kind: 'actual', periods: plan.periods });
    expect(args.entries.map((entry) => [entry.id, entry.period, entry.personId, entry.amount, entry.hours])).toEqual([
      ['id-1', '2026-03-01', 'p-lee', 375, 6],
      ['id-2', '2026-03-01', 'p-marie', 760, 9.5],
      ['id-3', '2026-04-01', 'p-marie', 320, 4],
    ]);
  });
});
