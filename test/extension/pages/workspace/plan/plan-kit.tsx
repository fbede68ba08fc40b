import { screen, waitFor } from '@testing-library/preact';
import { listRecords, readRecord as readStoredRecord } from '../../../../../extension/db/read-records';
import { formatWorkspaceRoute } from '../../../../../extension/messaging/workspace-route';
import { WorkspaceApp } from '../../../../../extension/pages/workspace/WorkspaceApp';
import type { BackgroundClient } from '../../../../../extension/ui/background-client';
import {
  createWorkingCalendar,
  fromEpochDay,
  isoWeekdayOfEpochDay,
  toEpochDay,
} from '../../../../../shared/analytics/schedule/working-calendar';
import type { EntityName } from '../../../../../shared/entities';
import type { Role } from '../../../../../shared/schemas/common';
import { createTestBackground } from '../../../background-harness';
import { renderPage } from '../../../render-page';
import type { createWorkspaceHarness } from '../workspace-harness';

export type Harness = Awaited<ReturnType<typeof createWorkspaceHarness>>;

/** The default calendar (Monday to Friday), as the workspace without settings uses. */
export const calendar = createWorkingCalendar();
/** The Monday two to three weeks from the real today (the app reads the clock): nothing in the plan is overdue. */
export const day0 = (() => {
  const now = new Date();
  const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const ahead = toEpochDay(local) + 14;
  return fromEpochDay(ahead + ((8 - isoWeekdayOfEpochDay(ahead)) % 7));
})();
export const workday = (n: number) => calendar.addWorkingDays(day0, n);

/**
 * A small plan: Build (5 wd) → Test (3 wd) → Go-live (mandatory, due the day Test ends, 5 wd past
 * its baseline), and Docs (1 wd) on the side, rolling up to Design sign-off. Build → Test → Go-live
 * drives the plan's finish: the critical path.
 */
export async function seedPlan(h: Harness) {
  const designId = await h.seed('milestone.create', {
    projectId: h.projectId,
    title: 'Design sign-off',
    forecastDate: workday(2),
    baselineDate: workday(2),
  });
  const buildId = await h.seed('planItem.create', {
    projectId: h.projectId,
    title: 'Build',
    start: day0,
    durationDays: 5,
    plannedValue: 5000,
  });
  const testId = await h.seed('planItem.create', {
    projectId: h.projectId,
    title: 'Test',
    start: workday(5),
    durationDays: 3,
    predecessors: [{ predecessorId: buildId, lagDays: 0 }],
  });
  const docsId = await h.seed('planItem.create', {
    projectId: h.projectId,
    title: 'Docs',
    start: day0,
    durationDays: 1,
    milestoneId: designId,
  });
  const goLiveId = await h.seed('milestone.create', {
    projectId: h.projectId,
    title: 'Go-live',
    forecastDate: workday(7),
    baselineDate: workday(2),
    mandatory: true,
    predecessors: [{ predecessorId: testId, lagDays: 0 }],
  });
  return { designId, buildId, testId, docsId, goLiveId };
}

/** The stored record as the background holds it. */
export async function readRecord(h: Pick<Harness, 'db' | 'workspaceId'>, entity: EntityName, id: string) {
  return readStoredRecord<Record<string, unknown>>(h.db, h.workspaceId, entity, id);
}

/** Every live record of `entity`, as the app reads them. */
export async function readAll(h: Pick<Harness, 'db' | 'workspaceId'>, entity: EntityName) {
  return listRecords<Record<string, unknown>>(h.db, h.workspaceId, entity);
}

/** Renders the Plan tab as another member with `role`, after the owner's records reached them. */
export async function renderPlanAs(h: Harness, role: Role, recordId?: string) {
  await h.sync.syncNow(h.workspaceId);
  const background = createTestBackground(h.server);
  const session = h.server.addMember(h.workspaceId, { name: `Val ${role}`, email: `${role}@example.com`, role });
  await background.send('workspace.connectWithToken', { serverUrl: h.server.url, token: session.token });
  await background.sync.syncNow(h.workspaceId);
  location.hash = formatWorkspaceRoute({ projectId: h.projectId, tab: 'plan', recordId });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : background.client.send(type, input),
  };
  renderPage(<WorkspaceApp frame="tab" />, background.db, client);
  await screen.findByRole('tabpanel');
  await waitFor(() => screen.getByTestId('plan-tab'));
  return background;
}
