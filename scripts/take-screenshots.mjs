// `npm run screenshots`: the built extension in Chromium against a local Worker seeded with the demo
// project, each screen at 400 px and 1280 px wide, light and dark, into docs/screenshots/.
// Run `npx wxt build` first. SCREENSHOT_DIR writes elsewhere (e.g. /tmp) to look without committing;
// EXTENSION_DIR takes another build.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from '../bench/support/launch-chromium.mjs';
import { seedPortfolio } from './demo-portfolio-seed.mjs';
import { demoProjectMutations, numberMutations } from './demo-seed.mjs';
import { applyLocalMigrations, startLocalWorkerOnFreePort, stopProcessGroup } from './local-worker.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const outDir = resolve(process.env.SCREENSHOT_DIR ?? join(root, 'docs', 'screenshots'));
// EXTENSION_DIR shoots another build (e.g. `npx wxt build --mode shots` → .output/chrome-mv3-shots).
const extensionDir = resolve(root, process.env.EXTENSION_DIR ?? join('.output', 'chrome-mv3'));
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
  // The PMO's dashboard needs a portfolio: three PMs and twelve projects beside the demo (issue 17).
  const portfolio = await seedPortfolio({ url, workspaceId: workspace.id, token });
  const invite = await call(url, `/v1/workspaces/${workspace.id}/invites`, { token, body: { role: 'pmo' } });
  return { projectId: demo.projectId, code: invite.json.code, portfolio };
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

/** Waits for the dashboard's grid (body[data-dashboard-ready]) and a settled frame. */
async function openDashboardAt(page, extensionId, section) {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/${section}`);
  await page.waitForFunction(() => document.body.dataset.dashboardReady === 'true', undefined, { timeout: 30_000 });
  await page.waitForTimeout(500);
}

async function shoot(page, name, width) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const file = join(outDir, `dashboard-${name}-${width}-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: name === 'portfolio' && width > 600 });
    console.log(`  ${file}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * The PMO dashboard (issue 17): portfolio, risks with a heat-map cell opened, gates with the decide
 * dialog open, priorities and a what-if tried, at each width, light and dark. Nothing is decided.
 */
async function takeDashboardShots(context, extensionId, portfolio) {
  const page = await context.newPage();
  const gateCode = portfolio.gates.ready.code;
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < 600 ? 860 : 900 });
    await openDashboardAt(page, extensionId, 'portfolio');
    await shoot(page, 'portfolio', width);
    await openDashboardAt(page, extensionId, 'risks');
    await page.getByTestId('portfolio-heat-cell-4-4').click();
    await page.getByTestId('portfolio-cell-risks').waitFor();
    await shoot(page, 'risks', width);
    await openDashboardAt(page, extensionId, 'gates');
    await page.getByTestId(`decide-gate-${gateCode}`).click();
    await page.getByTestId('gate-decision-dialog').waitFor();
    await page.locator('[data-testid="gate-decision-dialog"] input[name="decision"][value="go"]').check();
    await page.getByTestId('gate-decision-reason').fill('Business case approved by the portfolio board.');
    await shoot(page, 'gates', width);
    await page.keyboard.press('Escape');
    await openDashboardAt(page, extensionId, 'priorities');
    await shoot(page, 'priorities', width);
    await openDashboardAt(page, extensionId, 'portfolio');
    await page.getByTestId('what-if-open-ERP').click();
    await page.getByTestId('what-if-dialog').waitFor();
    await page.getByTestId('what-if-slip-days').fill('30');
    await page.getByTestId('what-if-budget').fill('1400000');
    const run = page.getByTestId('what-if-run');
    if ((await run.count()) > 0) await run.click();
    await page.waitForTimeout(300);
    await shoot(page, 'what-if', width);
    await page.keyboard.press('Escape');
  }
  await page.close();
}

/**
 * A new draft report with the schedule set to green against the data's amber: the watermelon
 * finding and its coaching, as a PM meets them before submitting. The draft stays a draft.
 */
async function takeStatusDraftShots(page, extensionId, projectId) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < 600 ? 860 : 900 });
    await page.goto(`chrome-extension://${extensionId}/workspace.html#/projects/${projectId}/status`);
    await page.locator('[role="tabpanel"][data-tab="status"]').waitFor();
    await page.waitForTimeout(600);
    // The first width writes the draft; the tab opens it by itself after that.
    const newReport = page.getByTestId('new-report');
    if ((await newReport.count()) > 0) await newReport.click();
    await page.getByTestId('light-schedule-green').click();
    const finding = page.getByTestId('watermelon-finding');
    await finding.waitFor();
    await finding.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const file = join(outDir, `workspace-status-draft-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${file}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const persistTo = mkdtempSync(join(tmpdir(), 'ipmo-shots-state-'));
  applyLocalMigrations({ persistTo, cwd: root });
  const worker = await startLocalWorkerOnFreePort({
    persistTo,
    cwd: root,
    vars: { BOOTSTRAP_SECRET: secret },
  });
  const { context, removeProfile } = await launchChromium({ extensionDir, profilePrefix: 'ipmo-shots-' });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;
    const { projectId, code, portfolio } = await seedWorkspace(worker.url);
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
    await takeStatusDraftShots(page, extensionId, projectId);
    await takeDashboardShots(context, extensionId, portfolio);
  } finally {
    await removeProfile();
    await stopProcessGroup(worker.child);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
