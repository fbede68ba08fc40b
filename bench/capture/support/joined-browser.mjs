// Chromium with the e2e build of the extension, joined to a workspace with one project on a
// throw-away `wrangler dev`, as a user would have it before capturing: the card's first render
// then has projects to offer, as it would every day.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyLocalMigrations, startLocalWorkerOnFreePort, stopProcessGroup } from '../../../scripts/local-worker.mjs';
import { launchChromium } from '../../support/launch-chromium.mjs';
import { onInterrupt } from '../../sync/support/interrupts.mjs';

async function startWorker() {
  const persistTo = mkdtempSync(join(tmpdir(), 'ipmo-bench-capture-state-'));
  const secret = `bench-${randomBytes(12).toString('hex')}`;
  applyLocalMigrations({ persistTo });
  const running = await startLocalWorkerOnFreePort({ persistTo, vars: { BOOTSTRAP_SECRET: secret } });
  const stop = () => stopProcessGroup(running.child).finally(() => rmSync(persistTo, { recursive: true, force: true }));
  return { url: running.url, secret, stop };
}

async function callWorker(worker, path, { token, body }) {
  const response = await fetch(`${worker.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function joinAndCreateProject(context, extensionId, worker) {
  const { workspace, token } = await callWorker(worker, '/v1/workspaces', {
    token: worker.secret,
    body: { name: 'Bench PMO', owner: { name: 'Olivia Owner', email: 'olivia@bench.example' } },
  });
  const { code } = await callWorker(worker, `/v1/workspaces/${workspace.id}/invites`, { token, body: { role: 'pmo' } });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('server-url').fill(worker.url);
  await options.getByTestId('invite-code').fill(code);
  await options.getByTestId('join-name').fill('Bench User');
  await options.getByTestId('join-email').fill('bench.user@bench.example');
  await options.getByTestId('join-workspace').click();
  await options.getByTestId('join-workspace-success').waitFor({ timeout: 15_000 });
  await options.close();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The new-project form is folded behind its button (extension/pages/popup/use-folded-form.ts).
  await popup.getByTestId('open-new-project').click();
  await popup.getByTestId('new-project-code').fill('SUP');
  await popup.getByTestId('new-project-name').fill('Supplier programme');
  await popup.getByTestId('create-project').click();
  await popup.getByTestId('project-select').getByText('Supplier programme').waitFor({ state: 'attached' });
  await popup.close();
}

/** Answers `{ context, serviceWorker, close }`; `close()` stops Chromium and the Worker and deletes their folders. */
export async function launchJoinedBrowser(extensionDir) {
  const worker = await startWorker();
  const unhookWorker = onInterrupt(worker.stop);
  const { context, removeProfile } = await launchChromium({ extensionDir, profilePrefix: 'ipmo-bench-capture-' });
  const unhookBrowser = onInterrupt(removeProfile);
  const close = async () => {
    unhookBrowser();
    unhookWorker();
    await removeProfile();
    await worker.stop();
  };
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await joinAndCreateProject(context, new URL(serviceWorker.url()).host, worker);
    return { context, serviceWorker, close };
  } catch (error) {
    await close();
    throw error;
  }
}
