import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared';
import type { RemindersResponse } from '../../shared/api/routes/reminder-routes';
import type { WorkspaceObject } from '../../worker/workspace/workspace-object';
import { addMember, call, createEmptyWorkspace } from './api';
import { TestClient } from './sync-client';
import { getWorkspaceStub } from './workspace-storage';

const dayMs = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = () => dayOf(Date.now());

/**
 * CRM (the pm's) reported up to 2026-03-06; OPS (the pm's) never reported since 2026-02-16; HR (no
 * manager) has a draft only, since 2026-01-05; ARC is closed. Fixed dates: the clock is passed in.
 */
async function seedPortfolio() {
  const owner = await createEmptyWorkspace();
  const pm = await addMember(owner, 'pm');
  const pmo = await addMember(owner, 'pmo');
  const viewer = await addMember(owner, 'viewer');
  const ids = { crm: crypto.randomUUID(), ops: crypto.randomUUID(), hr: crypto.randomUUID(), arc: crypto.randomUUID() };
  const managed = { managerId: pm.member.id, managerName: 'Marc Petit' };
  const report = (projectId: string, periodEnd: string, submit: boolean) => {
    const id = crypto.randomUUID();
    return [
      {
        name: 'statusReport.create',
        args: { id, projectId, periodStart: '2026-01-05', periodEnd, overall: { chosen: 'green', reason: 'On plan' } },
      },
      ...(submit ? [{ name: 'status.submit', args: { id } }] : []),
    ];
  };
  const pushed = await new TestClient(owner).push([
    {
      name: 'project.create',
      args: { id: ids.crm, code: 'CRM', name: 'CRM rollout', start: '2026-01-05', ...managed },
    },
    {
      name: 'project.create',
      args: { id: ids.ops, code: 'OPS', name: 'Ops automation', start: '2026-02-16', ...managed },
    },
    { name: 'project.create', args: { id: ids.hr, code: 'HR', name: 'HR portal', start: '2026-01-05' } },
    {
      name: 'project.create',
      args: { id: ids.arc, code: 'ARC', name: 'Archive', start: '2025-01-05', state: 'closed', ...managed },
    },
    ...report(ids.crm, '2026-03-06', true),
    ...report(ids.hr, '2026-03-13', false),
  ] as never);
  expect(pushed.json.results.filter((result) => result.status !== 'applied')).toEqual([]);
  return { owner, pm, pmo, viewer, ids };
}

const stubOf = (session: SessionResponse) => getWorkspaceStub(session.workspace.id);
const asMember = (session: SessionResponse) => ({ id: session.member.id, role: session.member.role });

describe('the reminders job of the workspace alarm', () => {
  it('computes and stores the late list for the day the clock says (2026-03-20: CRM due today, OPS and HR late)', async () => {
    const { owner } = await seedPortfolio();
    const stub = stubOf(owner);
    const stored = await runInDurableObject(stub, async (instance, state) => {
      state.storage.sql.exec("INSERT OR REPLACE INTO alarm_jobs (job, next_at) VALUES ('reminders', 0)");
      const ran = await (instance as WorkspaceObject).runAlarmJobs(new Date('2026-03-20T00:05:00.000Z'));
      const row = state.storage.sql.exec<{ as_of: string; reports: string }>('SELECT * FROM reporting_due').one();
      return { ran, asOf: row.as_of, reports: JSON.parse(row.reports) as RemindersResponse['reports'] };
    });
    expect(stored.ran).toContain('reminders');
    expect(stored.asOf).toBe('2026-03-20');
    expect(stored.reports.map((entry) => [entry.projectCode, entry.dueOn, entry.daysLate])).toEqual([
      ['HR', '2026-01-19', 60],
      ['OPS', '2026-03-02', 18],
      ['CRM', '2026-03-20', 0],
    ]);
  });

  it('is armed by the first write for a few minutes past the next UTC midnight, beside pruning, on the one alarm', async () => {
    const { owner } = await seedPortfolio();
    const stub = stubOf(owner);
    const { jobs, alarm } = await runInDurableObject(stub, async (_instance, state) => ({
      jobs: state.storage.sql.exec<{ job: string; next_at: number }>('SELECT * FROM alarm_jobs ORDER BY job').toArray(),
      alarm: await state.storage.getAlarm(),
    }));
    const midnight = Math.floor(Date.now() / dayMs) * dayMs + dayMs;
    expect(jobs.map((job) => job.job)).toEqual(['prune', 'reminders']);
    const reminders = jobs.find((job) => job.job === 'reminders')?.next_at ?? 0;
    expect(reminders).toBeGreaterThan(midnight);
    expect(reminders).toBeLessThanOrEqual(midnight + 10 * 60_000);
    expect(alarm).toBe(Math.min(...jobs.map((job) => job.next_at)));
  });

  it('runs only the jobs that are due when the alarm rings, then sets the alarm to the earliest left', async () => {
    const { owner } = await seedPortfolio();
    const stub = stubOf(owner);
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec("UPDATE alarm_jobs SET next_at = 0 WHERE job = 'reminders'");
      state.storage.sql.exec("UPDATE alarm_jobs SET next_at = ? WHERE job = 'prune'", Date.now() + 3 * dayMs);
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const after = await runInDurableObject(stub, async (_instance, state) => ({
      jobs: Object.fromEntries(
        state.storage.sql
          .exec<{ job: string; next_at: number }>('SELECT * FROM alarm_jobs')
          .toArray()
          .map((row) => [row.job, row.next_at]),
      ),
      asOf: state.storage.sql.exec<{ as_of: string }>('SELECT as_of FROM reporting_due').one().as_of,
      alarm: await state.storage.getAlarm(),
    }));
    expect(after.asOf).toBe(today());
    // Pruning kept its time (not due); reminders come back tomorrow, which is earlier.
    expect(after.jobs.prune).toBeGreaterThan(Date.now() + 2 * dayMs);
    expect(after.jobs.reminders).toBeLessThan(Date.now() + dayMs + 10 * 60_000);
    expect(after.alarm).toBe(after.jobs.reminders);
  });

  it('stops the reminders once no project is active, and clears the alarm when no job is left', async () => {
    const owner = await createEmptyWorkspace();
    const projectId = crypto.randomUUID();
    await new TestClient(owner).push([
      { name: 'project.create', args: { id: projectId, code: 'OLD', name: 'Old', state: 'closed' } },
    ] as never);
    const stub = stubOf(owner);
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec("INSERT OR REPLACE INTO alarm_jobs (job, next_at) VALUES ('reminders', 0)");
      state.storage.sql.exec("UPDATE alarm_jobs SET next_at = 0 WHERE job = 'prune'");
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await runInDurableObject(stub, (_instance, state) => state.storage.getAlarm())).toBeNull();
  });
});

describe('GET /v1/workspaces/:ws/reminders', () => {
  it('gives owner and PMO the whole late list, a pm their own projects, a viewer nothing of others', async () => {
    const { owner, pm, pmo, viewer } = await seedPortfolio();
    const stub = stubOf(owner);
    const as = (session: SessionResponse) => stub.readReminders(asMember(session), new Date('2026-03-20T09:00:00Z'));
    const codes = (answer: RemindersResponse) => answer.reports.map((entry) => entry.projectCode);
    expect(await as(owner)).toMatchObject({ asOf: '2026-03-20', scope: 'workspace' });
    expect(codes(await as(owner))).toEqual(['HR', 'OPS', 'CRM']);
    expect(codes(await as(pmo))).toEqual(['HR', 'OPS', 'CRM']);
    expect(await as(pm)).toMatchObject({ scope: 'mine' });
    expect(codes(await as(pm))).toEqual(['OPS', 'CRM']);
    expect(codes(await as(viewer))).toEqual([]);
  });

  it('answers over HTTP as of the server date, and recomputes once a report is submitted', async () => {
    const { owner, pm, ids } = await seedPortfolio();
    const path = `/v1/workspaces/${owner.workspace.id}/reminders`;
    const before = await call<RemindersResponse>(path, { token: pm.token });
    expect(before.status).toBe(200);
    expect(before.json.asOf).toBe(today());
    expect(before.json.reports.map((entry) => entry.projectCode)).toEqual(['OPS', 'CRM']);
    const reportId = crypto.randomUUID();
    await new TestClient(pm).push([
      {
        name: 'statusReport.create',
        args: {
          id: reportId,
          projectId: ids.ops,
          periodStart: '2026-02-16',
          periodEnd: today(),
          overall: { chosen: 'green', reason: 'On plan' },
        },
      },
      { name: 'status.submit', args: { id: reportId } },
    ] as never);
    const after = await call<RemindersResponse>(path, { token: pm.token });
    expect(after.json.reports.map((entry) => entry.projectCode)).toEqual(['CRM']);
  });

  it('refuses a request without a member token of that workspace', async () => {
    const { owner } = await seedPortfolio();
    const other = await createEmptyWorkspace();
    const path = `/v1/workspaces/${owner.workspace.id}/reminders`;
    expect((await call(path)).status).toBe(401);
    // Another workspace's token does not even learn that this workspace exists.
    expect((await call(path, { token: other.token })).status).toBe(404);
  });
});
