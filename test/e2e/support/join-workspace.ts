import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './extension-browser';
import type { LocalWorker } from './local-worker';
import { type WorkerWorkspace, waitForWorkerRecords } from './workspace-records';

/** A workspace created on the Worker and its owner's token. */
export interface Session {
  workspace: { id: string; name: string };
  token: string;
}

/** A one-time invite code to the owner's workspace, for the given role. */
export async function createInvite(worker: LocalWorker, owner: Session, role: string): Promise<string> {
  const invite = await worker.call<{ code: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role },
  });
  expect(invite.status).toBe(201);
  return invite.json.code;
}

/** Joins with an invite code as a user does, in the options page; answers that page (still open). */
export async function joinInOptions(
  browser: ExtensionBrowser,
  join: { serverUrl: string; code: string; name: string; email: string },
): Promise<Page> {
  const options = await browser.openPage('options.html');
  await options.getByTestId('server-url').fill(join.serverUrl);
  await options.getByTestId('invite-code').fill(join.code);
  await options.getByTestId('join-name').fill(join.name);
  await options.getByTestId('join-email').fill(join.email);
  await options.getByTestId('join-workspace').click();
  await expect.poll(() => options.getByTestId('join-workspace-success').isVisible(), { timeout: 10_000 }).toBe(true);
  return options;
}

/**
 * Opens one of the popup's folded forms ('open-new-project', 'open-add-risk') as a click does,
 * unless it is open already (the add-risk form stays open after a risk is added).
 */
export async function openPopupForm(popup: Page, opener: 'open-new-project' | 'open-add-risk'): Promise<void> {
  const button = popup.getByTestId(opener);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Creates a project in the popup as a user does and waits for it on the Worker; answers its id. */
export async function createProjectInPopup(
  popup: Page,
  workspace: WorkerWorkspace,
  project: { code: string; name: string },
): Promise<string> {
  await openPopupForm(popup, 'open-new-project');
  await popup.getByTestId('new-project-code').fill(project.code);
  await popup.getByTestId('new-project-name').fill(project.name);
  await popup.getByTestId('create-project').click();
  await expect.poll(() => popup.getByTestId('project-select').textContent()).toContain(project.name);
  const projects = await waitForWorkerRecords(workspace, 'project', (records) =>
    records.some((record) => record.code === project.code),
  );
  return projects.find((record) => record.code === project.code)?.id as string;
}
