import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../shared';
import { buildCostImport } from '../../../shared/mutations/intents/cost-import';
import { crmWorkspace, expectRefusal, id, ids, pm, viewer } from './workspace-fixture';

const costs = (workspace: ReturnType<typeof crmWorkspace>) =>
  [...workspace.rows]
    .filter(([key]) => key.startsWith('costEntry:'))
    .map(([, row]) => ({ source: row.source, period: row.period, amount: row.amount }))
    .sort((a, b) => `${a.period}${a.source}${a.amount}`.localeCompare(`${b.period}${b.source}${b.amount}`));

const stored = (workspace: ReturnType<typeof crmWorkspace>) =>
  [...workspace.rows]
    .filter(([key]) => key.startsWith('costEntry:'))
    .map(
      ([, row]) =>
        row as AnyRecord & {
          projectId: string;
          period: string;
        },
    );

/** A Jira import of `entries` into `periods`, replacing what the workspace holds there, as the tab builds it. */
const jiraImport = (
  workspace: ReturnType<typeof crmWorkspace>,
  periods: string[],
  entries: { n: number; period: string; amount: number }[],
) =>
  buildCostImport({
    projectId: ids.project,
    source: 'jira',
    periods,
    existing: stored(workspace),
    entries: entries.map(({ n, period, amount }) => ({ id: id(n), period, amount, hours: amount / 100 })),
  });

describe('costEntry.import', () => {
  it("replaces the months' entries of its own source and never manual or CSV ones (re-import is idempotent)", () => {
    const workspace = crmWorkspace();
    workspace.must('costEntry.create', { id: id(300), projectId: ids.project, period: '2026-03-01', amount: 500 });
    workspace.must('costEntry.import', {
      projectId: ids.project,
      source: 'csv',
      periods: ['2026-03-01'],
      entries: [{ id: id(301), period: '2026-03-01', amount: 700 }],
    });
    workspace.must(
      'costEntry.import',
      jiraImport(workspace, ['2026-03-01', '2026-04-01'], [{ n: 310, period: '2026-03-01', amount: 1200 }]),
    );
    workspace.must(
      'costEntry.import',
      jiraImport(workspace, ['2026-03-01'], [{ n: 320, period: '2026-03-01', amount: 1200 }]),
    );
    expect(costs(workspace)).toEqual([
      { source: 'csv', period: '2026-03-01', amount: 700 },
      { source: 'jira', period: '2026-03-01', amount: 1200 },
      { source: 'manual', period: '2026-03-01', amount: 500 },
    ]);
  });

  it('empties a month whose worklogs were all deleted in Jira', () => {
    const workspace = crmWorkspace();
    workspace.must(
      'costEntry.import',
      jiraImport(workspace, ['2026-03-01'], [{ n: 310, period: '2026-03-01', amount: 1200 }]),
    );
    workspace.must('costEntry.import', jiraImport(workspace, ['2026-03-01'], []));
    expect(costs(workspace)).toEqual([]);
  });

  it('refuses, changing nothing, when another import wrote the month meanwhile', () => {
    const workspace = crmWorkspace();
    const stale = jiraImport(workspace, ['2026-03-01'], [{ n: 320, period: '2026-03-01', amount: 900 }]);
    workspace.must(
      'costEntry.import',
      jiraImport(workspace, ['2026-03-01'], [{ n: 310, period: '2026-03-01', amount: 1200 }]),
    );
    expectRefusal(workspace.run('costEntry.import', stale), 'stale_import');
    expect(costs(workspace)).toEqual([{ source: 'jira', period: '2026-03-01', amount: 1200 }]);
  });

  it('writes nothing for a viewer', () => {
    const workspace = crmWorkspace();
    expectRefusal(
      workspace.run(
        'costEntry.import',
        jiraImport(workspace, ['2026-03-01'], [{ n: 310, period: '2026-03-01', amount: 1 }]),
        viewer,
      ),
      'forbidden',
    );
    expect(costs(workspace)).toEqual([]);
  });

  it('stamps each entry with the project, the source and who imported it', () => {
    const workspace = crmWorkspace();
    workspace.must(
      'costEntry.import',
      jiraImport(workspace, ['2026-03-01'], [{ n: 310, period: '2026-03-01', amount: 1200 }]),
    );
    expect(workspace.get('costEntry', id(310))).toMatchObject({
      projectId: ids.project,
      source: 'jira',
      kind: 'actual',
      hours: 12,
      createdBy: pm.actorId,
    });
  });
});
