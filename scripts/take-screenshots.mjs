// `npm run screenshots`: the built extension in Chromium against a local Worker seeded with the demo
// project, each screen at 400 px and 1280 px wide, light and dark, into docs/screenshots/.
// Run `npx wxt build` first. SCREENSHOT_DIR writes elsewhere (e.g. /tmp) to look without committing.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from '../bench/support/launch-chromium.mjs';
import { findFreePort } from '../bench/sync/support/bench-worker.mjs';
import { demoProjectMutations, numberMutations } from './demo-seed.mjs';
import { applyLocalMigrations, startLocalWorker, stopProcessGroup } from './local-worker.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const outDir = resolve(process.env.SCREENSHOT_DIR ?? join(root, 'docs', 'screenshots'));
const extensionDir = join(root, '.output', 'chrome-mv3');
const secret = 'screenshots-bootstrap-secret';
const widths = [400, 1280];
const tabs = ['overview', 'plan', 'risks', 'raid', 'resources', 'costs', 'status', 'gate'];

async function call(url, path, { token, body } = {}) {
  const response = await fetch(`${url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: await response.json().catch(() => ({})) };
}

/** A workspace with the demo project, and an invite for the browser to join as its PMO. */
async function seedWorkspace(url) {
  const created = await call(url, '/v1/workspaces', {
    token: secret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@example.com' } },
  });
  const { workspace, token, member } = created.json;
  const clientGroupId = crypto.randomUUID();
  // The Worker seeds the built-in method into every new workspace; the demo project follows it.
  const pulled = await call(url, `/v1/workspaces/${workspace.id}/pull`, {
    token,
    body: { clientGroupId, cookie: null },
  });
  const template = pulled.json.patch?.find((op) => op.op === 'put' && op.entity === 'template')?.value;
  const demo = demoProjectMutations({ code: 'PORTAL', manager: member, template, plan: true });
  const pushed = await call(url, `/v1/workspaces/${workspace.id}/push`, {
    token,
    body: { clientGroupId, mutations: numberMutations(demo.mutations) },
  });
  const refused = pushed.json.results?.filter((result) => result.status !== 'applied') ?? [];
  if (pushed.status !== 200 || refused.length > 0)
    throw new Error(`Seeding failed: ${pushed.status} ${JSON.stringify(refused.slice(0, 3))}`);
  const invite = await call(url, `/v1/workspaces/${workspace.id}/invites`, { token, body: { role: 'pmo' } });
  return { projectId: demo.projectId, code: invite.json.code };
}

/** Joins in the options page as a PMO would, and waits for the first sync. */
async function joinWorkspace(context, extensionId, url, code) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('server-url').fill(url);
  await page.getByTestId('invite-code').fill(code);
  await page.getByTestId('join-name').fill('Paula Pmo');
  await page.getByTestId('join-email').fill('paula@example.com');
  await page.getByTestId('join-workspace').click();
  await page.getByTestId('join-workspace-success').waitFor({ timeout: 20_000 });
  await page.close();
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const persistTo = mkdtempSync(join(tmpdir(), 'ipmo-shots-state-'));
  applyLocalMigrations({ persistTo, cwd: root });
  const worker = await startLocalWorker({
    port: await findFreePort(),
    persistTo,
    cwd: root,
    vars: { BOOTSTRAP_SECRET: secret },
  });
  const { context, removeProfile } = await launchChromium({ extensionDir, profilePrefix: 'ipmo-shots-' });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;
    const { projectId, code } = await seedWorkspace(worker.url);
    await joinWorkspace(context, extensionId, worker.url, code);
    const page = await context.newPage();
    for (const width of widths) {
      await page.setViewportSize({ width, height: width < 600 ? 860 : 900 });
      for (const tab of tabs) {
        await page.goto(`chrome-extension://${extensionId}/workspace.html#/projects/${projectId}/${tab}`);
        await page.locator(`[role="tabpanel"][data-tab="${tab}"]`).waitFor();
        // Live queries settle after the first paint; the workspace shows no spinner once they have.
        await page.waitForTimeout(600);
        for (const colorScheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme });
          const file = join(outDir, `workspace-${tab}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file });
          console.log(`  ${file}`);
        }
      }
    }
  } finally {
    await removeProfile();
    await stopProcessGroup(worker.child);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
