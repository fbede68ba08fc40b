import { describe, expect, it, vi } from 'vitest';
import {
  parseNotificationId,
  refreshReminders,
  reminderBadgeColor,
  toNotificationId,
} from '../../../../extension/background/reminders/refresh-reminders';
import type { ReminderBrowser } from '../../../../extension/background/reminders/reminder-deps';
import { openOwedReport } from '../../../../extension/background/reminders/start-reminders';
import { readSetting } from '../../../../extension/db/settings';
import type { MutationName } from '../../../../shared';
import { createTestBackground } from '../../background-harness';
import { contentScript, jiraPage } from '../../senders';

/**
 * A PM's browser: CRM (theirs) started 2026-03-01, OPS (theirs) 2026-03-10, HR (someone else's)
 * 2026-03-01. With the 14-day cycle, CRM is due on 2026-03-15, OPS on 2026-03-24.
 */
async function createPmBrowser() {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const workspaceId = session.workspace.id;
  const memberId = session.member.id;
  async function seed(name: MutationName, args: Record<string, unknown>): Promise<string> {
    const id = (args.id as string | undefined) ?? crypto.randomUUID();
    const result = await background.send('mutate', { workspaceId, name, args: { ...args, id } });
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return id;
  }
  const mine = { managerId: memberId, managerName: 'Marc Petit' };
  const crm = await seed('project.create', { code: 'CRM', name: 'CRM rollout', start: '2026-03-01', ...mine });
  const ops = await seed('project.create', { code: 'OPS', name: 'Ops automation', start: '2026-03-10', ...mine });
  await seed('project.create', { code: 'HR', name: 'HR portal', start: '2026-03-01', managerId: 'someone-else' });
  const browser = {
    setBadge: vi.fn<ReminderBrowser['setBadge']>(async () => undefined),
    notify: vi.fn<ReminderBrowser['notify']>(async () => undefined),
    openWorkspace: vi.fn<ReminderBrowser['openWorkspace']>(async () => undefined),
  };
  let today = '2026-03-14';
  const refresh = () => refreshReminders({ db: background.db, browser, today: () => today });
  const setToday = (day: string) => {
    today = day;
  };
  return { ...background, workspaceId, crm, ops, seed, browser, refresh, setToday };
}

describe('reporting reminders in the background', () => {
  it('shows the count of the PM’s due reports on the badge, from the local rows, and clears it at 0', async () => {
    const pm = await createPmBrowser();
    expect(await pm.refresh()).toMatchObject({ count: 0 });
    expect(pm.browser.setBadge).toHaveBeenLastCalledWith('', reminderBadgeColor);
    pm.setToday('2026-03-15');
    expect(await pm.refresh()).toMatchObject({ count: 1 });
    expect(pm.browser.setBadge).toHaveBeenLastCalledWith('1', reminderBadgeColor);
    pm.setToday('2026-03-24');
    await pm.refresh();
    expect(pm.browser.setBadge).toHaveBeenLastCalledWith('2', reminderBadgeColor);
    // A submitted report moves CRM's next one a cycle on; a draft would not.
    const draft = await pm.seed('statusReport.create', {
      projectId: pm.crm,
      periodStart: '2026-03-01',
      periodEnd: '2026-03-23',
      overall: { chosen: 'green', reason: 'On plan' },
    });
    await pm.refresh();
    expect(pm.browser.setBadge).toHaveBeenLastCalledWith('2', reminderBadgeColor);
    await pm.seed('status.submit', { id: draft });
    await pm.refresh();
    expect(pm.browser.setBadge).toHaveBeenLastCalledWith('1', reminderBadgeColor);
  });

  it('notifies once per project per day, again the next day while the report is still owed', async () => {
    const pm = await createPmBrowser();
    pm.setToday('2026-03-15');
    expect((await pm.refresh()).notified).toEqual([`${pm.workspaceId}/${pm.crm}`]);
    expect(pm.browser.notify).toHaveBeenCalledWith(
      toNotificationId(pm.workspaceId, pm.crm),
      'Status report due: CRM',
      'The status report of CRM rollout is due today.',
    );
    expect((await pm.refresh()).notified).toEqual([]);
    expect(pm.browser.notify).toHaveBeenCalledTimes(1);
    pm.setToday('2026-03-17');
    await pm.refresh();
    expect(pm.browser.notify).toHaveBeenCalledTimes(2);
    expect(pm.browser.notify).toHaveBeenLastCalledWith(
      expect.any(String),
      'Status report due: CRM',
      'The status report of CRM rollout is 2 days late.',
    );
    expect(await readSetting(pm.db, 'reminderNotified')).toEqual({ [`${pm.workspaceId}/${pm.crm}`]: '2026-03-17' });
  });

  it('shows no badge and no notification once the options page switches them off', async () => {
    const pm = await createPmBrowser();
    pm.setToday('2026-03-20');
    expect(await pm.send('reminders.setPreference', { setting: 'badge', isOn: false })).toEqual({
      ok: true,
      value: null,
    });
    await pm.send('reminders.setPreference', { setting: 'notifications', isOn: false });
    expect(await pm.refresh()).toMatchObject({ count: 1, notified: [] });
    expect(pm.browser.setBadge).toHaveBeenLastCalledWith('', reminderBadgeColor);
    expect(pm.browser.notify).not.toHaveBeenCalled();
    await pm.send('reminders.setPreference', { setting: 'badge', isOn: true });
    await pm.refresh();
    expect(pm.browser.setBadge).toHaveBeenLastCalledWith('1', reminderBadgeColor);
  });

  it('refuses a malformed switch and a switch sent by a content script', async () => {
    const pm = await createPmBrowser();
    const bad = await pm.send('reminders.setPreference', { setting: 'everything', isOn: 'yes' });
    expect(bad.ok).toBe(false);
    const fromJira = await pm.send(
      'reminders.setPreference',
      { setting: 'badge', isOn: false },
      contentScript(jiraPage, 41),
    );
    expect(fromJira.ok).toBe(false);
    expect(await readSetting(pm.db, 'reminderBadge')).toBeUndefined();
  });

  it('opens the project’s Status tab in its workspace when the notification is clicked', async () => {
    const pm = await createPmBrowser();
    const id = toNotificationId(pm.workspaceId, pm.ops);
    expect(parseNotificationId(id)).toEqual({ workspaceId: pm.workspaceId, projectId: pm.ops });
    expect(await openOwedReport(pm.db, pm.browser, id)).toBe(true);
    expect(pm.browser.openWorkspace).toHaveBeenCalledWith({ projectId: pm.ops, tab: 'status' });
    expect(await readSetting(pm.db, 'activeWorkspaceId')).toBe(pm.workspaceId);
    // Someone else's notification, or one of a workspace left since: nothing opens.
    expect(await openOwedReport(pm.db, pm.browser, 'other-extension-thing')).toBe(false);
    expect(await openOwedReport(pm.db, pm.browser, toNotificationId('gone', pm.ops))).toBe(false);
    expect(pm.browser.openWorkspace).toHaveBeenCalledTimes(1);
  });
});
