// Starts and stops `wrangler dev` fully offline; shared by `npm start`, the e2e tests and the benches.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export const offlineEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  // Keeps wrangler from asking questions when there is nobody to answer them.
  CI: process.env.CI ?? 'true',
};

const wranglerBin = new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url).pathname;

/** Applies the D1 migrations to the local database in `persistTo` (wrangler's default when unset). */
export function applyLocalMigrations({ persistTo, cwd } = {}) {
  const args = [wranglerBin, 'd1', 'migrations', 'apply', 'DB', '--local'];
  if (persistTo) args.push('--persist-to', persistTo);
  const result = spawnSync(process.execPath, args, { cwd, env: offlineEnv, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`Applying the D1 migrations failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Runs `wrangler dev --local` in its own process group (a scripted wrangler ignores SIGINT sent to
 * the wrapper, see docs/toolchain.md "Offline Worker") and resolves once /v1/health answers.
 */
export async function startLocalWorker({ port, persistTo, vars = {}, cwd, log = () => {}, timeoutMs = 60_000 }) {
  const args = [
    wranglerBin,
    'dev',
    '--local',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--show-interactive-dev-session=false',
    // Its own DevTools port: the default 9229 would make a second `wrangler dev` running at the same
    // time (another e2e file, a bench, `npm start`) exit with "Address already in use".
    '--inspector-port',
    String(await findFreePort()),
  ];
  if (persistTo) args.push('--persist-to', persistTo);
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);
  const child = spawn(process.execPath, args, {
    cwd,
    env: offlineEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    log(String(chunk));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      // Bounded: whatever else holds the port may accept the connection and never answer.
      const response = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { url, child, stop: () => stopProcessGroup(child), output: () => output };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopProcessGroup(child);
  throw new Error(`wrangler dev did not answer ${url}/v1/health within ${timeoutMs} ms:\n${output}`);
}

/**
 * Starts `wrangler dev` (see startLocalWorker) on a free port it chooses, and answers the running
 * Worker with that `port`. A port found free can be taken by another process before wrangler binds
 * it (tests and Workers started side by side on one machine): wrangler then exits with "Address
 * already in use", and it tries again on other ports, up to `attempts` times. `choosePort` is for
 * tests (test/e2e/local-worker-start.test.ts).
 */
export async function startLocalWorkerOnFreePort(options, { attempts = 5, choosePort = findFreePort } = {}) {
  for (let attempt = 1; ; attempt += 1) {
    const port = await choosePort();
    try {
      return { ...(await startLocalWorker({ ...options, port })), port };
    } catch (error) {
      const isPortTaken = error instanceof Error && error.message.includes('Address already in use');
      if (!isPortTaken || attempt >= attempts) throw error;
    }
  }
}

/** Stops a detached process group and waits for it to exit. */
export async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGINT');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/** Asks the OS for a free loopback port. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
