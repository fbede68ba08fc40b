// `npm start`: local Worker + local D1 with migrations, the extension built, a demo workspace.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { seedPortfolio } from './demo-portfolio-seed.mjs';
import { demoProjectMutations, numberMutations } from './demo-seed.mjs';
import { applyLocalMigrations, startLocalWorker, stopProcessGroup } from './local-worker.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const port = Number(process.env.PORT ?? 8787);
const devVarsPath = join(root, '.dev.vars');
const demoPath = join(root, '.wrangler', 'demo-workspace.json');

function step(message) {
  console.log(`\n▸ ${message}`);
}

function readBootstrapSecret() {
  if (!existsSync(devVarsPath)) {
    const secret = randomBytes(24).toString('base64url');
    writeFileSync(devVarsPath, `BOOTSTRAP_SECRET=${secret}\n`, { mode: 0o600 });
    console.log('  wrote .dev.vars with a new random BOOTSTRAP_SECRET');
  }
  const line = readFileSync(devVarsPath, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('BOOTSTRAP_SECRET='));
  if (!line) throw new Error('.dev.vars has no BOOTSTRAP_SECRET= line; add one or delete the file to get a new one.');
  return line.slice('BOOTSTRAP_SECRET='.length).trim();
}

async function callApi(url, path, { token, body } = {}) {
  const response = await fetch(`${url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => ({}));
  return { status: response.status, json };
}

async function ensureDemoWorkspace(url, secret) {
  if (existsSync(demoPath)) {
    const saved = JSON.parse(readFileSync(demoPath, 'utf8'));
    const me = await callApi(url, '/v1/me', { token: saved.token });
    if (me.status === 200) return saved;
    console.log('  the saved demo workspace is gone from the local database; creating a new one');
  }
  const created = await callApi(url, '/v1/workspaces', {
    token: secret,
    body: { name: 'Demo PMO', owner: { name: 'Demo Owner', email: 'owner@example.com' } },
  });
  if (created.status !== 201)
    throw new Error(`Creating the demo workspace failed (${created.status}): ${JSON.stringify(created.json)}`);
  const demo = { workspaceId: created.json.workspace.id, token: created.json.token };
  const clientGroupId = randomUUID();
  // The Worker seeds the built-in method into every new workspace; the demo project follows it.
  const pulled = await callApi(url, `/v1/workspaces/${demo.workspaceId}/pull`, {
    token: demo.token,
    body: { clientGroupId, cookie: null },
  });
  const template = pulled.json.patch?.find((op) => op.op === 'put' && op.entity === 'template')?.value;
  if (!template) console.warn('  the new workspace has no template; the demo project follows no method');
  const { mutations } = demoProjectMutations({ manager: created.json.member, template, plan: true });
  const pushed = await callApi(url, `/v1/workspaces/${demo.workspaceId}/push`, {
    token: demo.token,
    body: { clientGroupId, mutations: numberMutations(mutations) },
  });
  const rejected = pushed.json.results?.filter((result) => result.status === 'rejected') ?? [];
  for (const result of rejected) console.warn(`  demo mutation ${result.id} refused: ${result.error?.message}`);
  if (pushed.status !== 200)
    console.warn(`  seeding the demo project failed (${pushed.status}); the workspace is empty`);
  // The PMO's dashboard shows a real portfolio: three PMs and twelve projects (issue 17).
  try {
    const portfolio = await seedPortfolio({ url, workspaceId: demo.workspaceId, token: demo.token });
    console.log(`  seeded a portfolio of ${portfolio.projects.length} projects managed by ${portfolio.pms.length} PMs`);
  } catch (error) {
    console.warn(`  seeding the portfolio failed: ${error.message}`);
  }
  mkdirSync(dirname(demoPath), { recursive: true });
  writeFileSync(demoPath, JSON.stringify(demo, null, 2), { mode: 0o600 });
  return demo;
}

async function main() {
  step('Local secrets');
  const secret = readBootstrapSecret();

  step('Applying D1 migrations to the local database (.wrangler/state)');
  applyLocalMigrations({ cwd: root });

  step('Building the extension');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('The extension build failed; see the output above.');

  step(`Starting the Worker on http://127.0.0.1:${port}`);
  const worker = await startLocalWorker({ port, cwd: root });
  const shutdown = async () => {
    await stopProcessGroup(worker.child);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  worker.child.on('exit', (code) => {
    console.error(`wrangler dev stopped (exit ${code}).`);
    process.exit(code ?? 1);
  });

  step('Demo workspace');
  const demo = await ensureDemoWorkspace(worker.url, secret);
  const invite = await callApi(worker.url, `/v1/workspaces/${demo.workspaceId}/invites`, {
    token: demo.token,
    body: { role: 'pmo', expiresInHours: 72 },
  });
  const extensionDir = join(root, '.output', 'chrome-mv3');
  console.log(`
Interim PMO is running.

  Worker         ${worker.url}   (health: ${worker.url}/v1/health)
  Workspace      Demo PMO (${demo.workspaceId})
  Owner token    ${demo.token}
  Invite code    ${invite.status === 201 ? `${invite.json.code}  (role pmo, one use, expires ${invite.json.expiresAt})` : `not created (${invite.status})`}

Load the extension in Chrome or Chromium:
  1. open chrome://extensions and switch on "Developer mode"
  2. "Load unpacked" and choose  ${extensionDir}
  3. in the extension's options: Server URL ${worker.url}, then "Connect with an access token"
     (owner token above) or "Join with invite code" (the code above, from another profile)
  4. try the spreadsheet import: popup → "Import & export", drop ${join(root, 'demo', 'registre-des-risques.csv')}
     (a French risk register whose owners are the demo people), or open any Google Sheet

Ctrl+C stops the Worker.`);
}

main().catch((error) => {
  console.error(`\nnpm start failed: ${error.message}`);
  process.exit(1);
});
