import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedulePlan } from '../../shared/analytics/schedule/plan-schedule';
import {
  createWorkingCalendar,
  fromEpochDay,
  isoWeekdayOfEpochDay,
  toEpochDay,
} from '../../shared/analytics/schedule/working-calendar';
import type { Milestone, PlanItem } from '../../shared/schemas/plan';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { takeScreenshot } from './support/screenshots';
import { dayFromToday, joinAs, openWorkspace } from './support/workspace-app';
import {
  pushToWorker,
  type SyncedRecord,
  type WorkerWorkspace,
  waitForWorkerRecords,
  workerRecordsOf,
} from './support/workspace-records';

// Issue 15, Acceptance 1, the plan's part: a PM builds a plan in the Plan tab of the workspace app
// (5 milestones, 8 plan items with finish-to-start links) against a real `wrangler dev`, takes
// baseline 1, slips a milestone on the critical path by 10 working days and sees it against the
// baseline, the critical path the shared analysis computes, the schedule light turn amber with its
// reason, and the milestone trend gain a point when the next status report is submitted.

let worker: LocalWorker;
let owner: Session;
let pm: ExtensionBrowser;
let app: Page;
let projectId: string;
const calendar = createWorkingCalendar();
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });
const hashOf = (page: Page) => new URL(page.url()).hash;

/** The Monday two to three weeks from the browser's today: nothing in the plan is due or overdue yet. */
const day0 = (() => {
  const ahead = toEpochDay(dayFromToday(14));
  return fromEpochDay(ahead + ((8 - isoWeekdayOfEpochDay(ahead)) % 7));
})();
const workday = (n: number) => calendar.addWorkingDays(day0, n);

interface MilestoneSpec {
  title: string;
  forecast: string;
  mandatory?: boolean;
  after?: string[];
}
interface ItemSpec {
  title: string;
  start: string;
  days: number;
  after?: string[];
  milestone?: string;
}

// Each start is the working day after its predecessors finish, so the dates entered and the links agree.
const milestones: MilestoneSpec[] = [
  { title: 'Kick-off held', forecast: day0 },
  { title: 'Design approved', forecast: workday(5), after: ['Design'] },
  { title: 'Build complete', forecast: workday(12), after: ['Integration'] },
  { title: 'UAT signed off', forecast: workday(15), mandatory: true, after: ['User acceptance tests'] },
  { title: 'Go-live', forecast: workday(16), mandatory: true, after: ['Cutover'] },
];
const items: ItemSpec[] = [
  { title: 'Requirements', start: day0, days: 3 },
  { title: 'Design', start: workday(3), days: 3, after: ['Requirements'], milestone: 'Design approved' },
  { title: 'Backend build', start: workday(6), days: 5, after: ['Design'], milestone: 'Build complete' },
  { title: 'Frontend build', start: workday(6), days: 4, after: ['Design'], milestone: 'Build complete' },
  { title: 'Training material', start: workday(6), days: 2, after: ['Design'] },
  {
    title: 'Integration',
    start: workday(11),
    days: 2,
    after: ['Backend build', 'Frontend build'],
    milestone: 'Build complete',
  },
  { title: 'User acceptance tests', start: workday(13), days: 3, after: ['Integration'], milestone: 'UAT signed off' },
  { title: 'Cutover', start: workday(16), days: 1, after: ['UAT signed off'], milestone: 'Go-live' },
];
const ids = new Map<string, string>();
const slipped = 'UAT signed off';

/** Creates the record open in the editor and waits for the address to name it; closes the drawer. */
async function saveNew(title: string): Promise<void> {
  await app.getByTestId('plan-save').click();
  const path = new RegExp(`^#/projects/${projectId}/plan/([0-9a-f-]{36})$`);
  await expect.poll(() => hashOf(app), { timeout: 15_000 }).toMatch(path);
  ids.set(title, path.exec(hashOf(app))?.[1] as string);
  await expect.poll(() => app.getByTestId('raid-drawer').locator('h2').textContent()).toBe(title);
  await app.getByTestId('plan-editor-close').click();
  await expect.poll(() => app.getByTestId('raid-drawer').count()).toBe(0);
}

async function addPredecessors(titles: readonly string[] = []): Promise<void> {
  for (const title of titles) {
    const label = milestones.some((milestone) => milestone.title === title) ? `◆ ${title}` : title;
    await app.getByTestId('plan-predecessors-pick').selectOption({ label });
    await app.getByTestId('plan-predecessors-add').click();
  }
}

const pullPlan = async () => ({
  milestones: (await workerRecordsOf(ownerWorkspace(), 'milestone')) as unknown as Milestone[],
  planItems: (await workerRecordsOf(ownerWorkspace(), 'planItem')) as unknown as PlanItem[],
});
const criticalShown = () =>
  app
    .locator('[data-testid="gantt-rows"] [role="option"][data-critical="true"]')
    .evaluateAll((rows) => rows.map((row) => row.id.replace('gantt-row-', '')).sort());

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  pm = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await pm?.close();
  await worker?.stop();
});

describe('the Plan tab, as a PM (issue 15, Acceptance 1)', () => {
  it('starts from a project made from the built-in stage-gate template, in its first phase', async () => {
    const pmId = await joinAs(worker, owner, pm, { role: 'pm', name: 'Alex Morgan', email: 'alex@acme.example' });
    const [template] = await workerRecordsOf(ownerWorkspace(), 'template');
    expect(template, 'every new workspace gets the built-in template').toBeDefined();
    const phases = template.phases as { id: string }[];
    projectId = crypto.randomUUID();
    const results = await pushToWorker(ownerWorkspace(), [
      {
        name: 'project.create',
        args: {
          id: projectId,
          code: 'CRM',
          name: 'CRM rollout',
          start: day0,
          managerId: pmId,
          managerName: 'Alex Morgan',
          templateId: template.id,
          currentPhaseId: phases[0].id,
        },
      },
    ]);
    expect(results.filter((result) => result.status !== 'applied')).toEqual([]);
    app = await openWorkspace(pm, { projectId, tab: 'plan' });
    await app.getByTestId('plan-empty').waitFor({ timeout: 20_000 });
  });

  it('adds 5 milestones and 8 plan items with their links in the Plan tab', async () => {
    // Milestones first (items roll up to them), then the items in dependency order, then the links
    // into each milestone, added by editing it.
    for (const milestone of milestones) {
      await app.getByTestId('plan-new-milestone').click();
      await app.getByTestId('plan-title').fill(milestone.title);
      await app.getByTestId('plan-forecastDate').fill(milestone.forecast);
      if (milestone.mandatory) await app.getByTestId('plan-mandatory').check();
      await saveNew(milestone.title);
    }
    for (const item of items) {
      await app.getByTestId('plan-new-item').click();
      await app.getByTestId('plan-title').fill(item.title);
      await app.getByTestId('plan-start').fill(item.start);
      await app.getByTestId('plan-durationDays').fill(String(item.days));
      if (item.milestone) await app.getByTestId('plan-milestoneId').selectOption({ label: item.milestone });
      await addPredecessors(item.after);
      await saveNew(item.title);
    }
    for (const milestone of milestones.filter((entry) => entry.after)) {
      await app.getByTestId(`gantt-row-${ids.get(milestone.title)}`).click();
      await expect.poll(() => app.getByTestId('raid-drawer').locator('h2').textContent()).toBe(milestone.title);
      await addPredecessors(milestone.after);
      await app.getByTestId('plan-save').click();
      await expect.poll(() => app.getByTestId('plan-saved').textContent()).toBe('Saved.');
      await app.getByTestId('plan-editor-close').click();
      await expect.poll(() => app.getByTestId('raid-drawer').count()).toBe(0);
    }
    const { milestones: stored, planItems } = await (async () => {
      await waitForWorkerRecords(ownerWorkspace(), 'planItem', (all) => all.length === 8);
      await waitForWorkerRecords(ownerWorkspace(), 'milestone', (all) => all.length === 5);
      return pullPlan();
    })();
    const integration = planItems.find((item) => item.title === 'Integration') as PlanItem;
    expect(integration.predecessors.map((link) => link.predecessorId).sort()).toEqual(
      [ids.get('Backend build'), ids.get('Frontend build')].sort(),
    );
    expect(integration.milestoneId).toBe(ids.get('Build complete'));
    expect(stored.find((entry) => entry.title === slipped)?.mandatory).toBe(true);
    await expect.poll(() => app.getByTestId('gantt-rows').locator('[role="option"]').count()).toBe(13);
  });

  it('takes baseline 1, a snapshot of every date', async () => {
    await app.getByTestId('plan-take-baseline-open').click();
    await app.getByTestId('plan-baseline-name').fill('Baseline 1');
    await app.getByTestId('plan-baseline-confirm').click();
    const [baseline] = await waitForWorkerRecords(ownerWorkspace(), 'baseline', (all) => all.length === 1);
    expect(baseline.name).toBe('Baseline 1');
    expect(baseline.milestones).toContainEqual({ milestoneId: ids.get(slipped), date: workday(15) });
    expect(baseline.items).toContainEqual({ planItemId: ids.get('Design'), start: workday(3), end: workday(5) });
    // The first status report, before the slip: the trend's first reading.
    const { milestones: stored } = await pullPlan();
    const reportId = crypto.randomUUID();
    const results = await pushToWorker(ownerWorkspace(), [
      {
        name: 'statusReport.create',
        args: {
          id: reportId,
          projectId,
          periodStart: dayFromToday(-14),
          periodEnd: dayFromToday(-7),
          overall: { chosen: 'green' },
          milestoneForecasts: stored.map((entry) => ({ milestoneId: entry.id, forecastDate: entry.forecastDate })),
        },
      },
      { name: 'status.submit', args: { id: reportId } },
    ]);
    expect(results.filter((result) => result.status !== 'applied')).toEqual([]);
  });

  it('slips the critical milestone by 10 working days: forecast against baseline, the shared critical path, amber', async () => {
    const before = await pullPlan();
    const today = dayFromToday(0);
    const planned = schedulePlan({ ...before, calendar, projectStart: day0, today });
    expect(planned.criticalTaskIds).toContain(ids.get(slipped));
    await expect.poll(criticalShown).toEqual([...planned.criticalTaskIds].sort());

    const milestoneId = ids.get(slipped) as string;
    await app.getByTestId(`gantt-row-${milestoneId}`).click();
    await app.getByTestId('plan-reschedule').click();
    await app.getByTestId('plan-move-date').fill(workday(25));
    await app.getByTestId('plan-move-reason').fill('The test environment arrives two weeks late.');
    await app.getByTestId('plan-move-confirm').click();
    await expect.poll(() => app.getByTestId('plan-editor-variance').textContent()).toBe('+10 wd');
    const moved = (
      await waitForWorkerRecords(ownerWorkspace(), 'milestone', (all) =>
        all.some((entry) => entry.id === milestoneId && entry.forecastDate === workday(25)),
      )
    ).find((entry) => entry.id === milestoneId) as SyncedRecord;
    expect((moved.dateChanges as { reason?: string }[]).at(-1)?.reason).toBe(
      'The test environment arrives two weeks late.',
    );
    await app.getByTestId('plan-editor-close').click();

    const forecastX = Number(await app.getByTestId(`gantt-forecast-${milestoneId}`).getAttribute('data-x'));
    const baselineX = Number(await app.getByTestId(`gantt-baseline-${milestoneId}`).getAttribute('data-x'));
    expect(forecastX).toBeGreaterThan(baselineX);

    const after = await pullPlan();
    const replanned = schedulePlan({ ...after, calendar, projectStart: day0, today });
    // Slipped past everything before it, the milestone now drives the finish, through Cutover to Go-live.
    expect(new Set(replanned.criticalTaskIds)).toEqual(new Set([milestoneId, ids.get('Cutover'), ids.get('Go-live')]));
    await expect.poll(criticalShown).toEqual([...replanned.criticalTaskIds].sort());
    await expect.poll(() => app.getByTestId(`plan-slip-days-${milestoneId}`).textContent()).toBe('+10 wd');

    await app.getByTestId('tab-overview').click();
    const schedule = app.getByTestId('rag-row-schedule');
    await expect.poll(() => schedule.getAttribute('data-suggested')).toBe('amber');
    expect(await app.getByTestId('rag-reason-schedule').textContent()).toBe(
      'A mandatory milestone has slipped 10 working days, beyond the green tolerance of 5.',
    );
  });

  it('gives the milestone trend a new point when the next status report is submitted', async () => {
    const milestoneId = ids.get(slipped) as string;
    await app.getByTestId('tab-plan').click();
    const points = app.getByTestId(`plan-mta-line-${milestoneId}`).getByTestId('plan-mta-point');
    await expect.poll(() => points.count()).toBe(1);

    await app.getByTestId('tab-status').click();
    await app.getByTestId('new-report').click();
    await app.getByTestId('light-schedule').waitFor();
    await app.getByTestId('submit-report').click();
    await app.getByTestId('submit-dialog-confirm').click();
    await expect.poll(() => app.getByTestId('status-report').getAttribute('data-state')).toBe('submitted');

    await app.getByTestId('tab-plan').click();
    await expect.poll(() => points.count()).toBe(2);
    await app.getByTestId('plan-mta-as-table').click();
    expect(await app.getByTestId(`plan-mta-row-${milestoneId}`).textContent()).toContain('+10 wd · slipping');
  });

  it('keeps pictures of the tab at 400 and 1280 px, light and dark (with E2E_SCREENSHOT_DIR)', async () => {
    await app.getByTestId('plan-mta-as-table').click();
    for (const width of [400, 1280]) {
      await app.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await app.emulateMedia({ colorScheme });
        await takeScreenshot(app, `plan-${width}-${colorScheme}`);
      }
      await app.getByTestId(`gantt-row-${ids.get(slipped)}`).click();
      await app.getByTestId('plan-editor-variance').waitFor();
      await takeScreenshot(app, `plan-${width}-editor`);
      await app.getByTestId('plan-editor-close').click();
    }
    const overflow = await app.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
