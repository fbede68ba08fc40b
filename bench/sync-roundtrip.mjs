// Prints push and pull timings against a real `wrangler dev` on 127.0.0.1 (a first look; issue 4
// brings the full sync benchmark). Usage: node bench/sync-roundtrip.mjs
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyLocalMigrations, startLocalWorker, stopProcessGroup } from '../scripts/local-worker.mjs';

const secret = 'bench-secret';
const persistTo = mkdtempSync(join(tmpdir(), 'ipmo-bench-'));

async function post(url, token, body) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} → ${response.status}: ${text.slice(0, 300)}`);
  return { ms: performance.now() - started, bytes: text.length, json: JSON.parse(text) };
}

function riskMutations(clientId, firstId, count, projectId) {
  return Array.from({ length: count }, (_, index) => ({
    clientId,
    id: firstId + index,
    name: 'risk.create',
    clientTime: new Date().toISOString(),
    args: {
      id: randomUUID(),
      projectId,
      title: `Risk ${firstId + index}`,
      probability: 1 + (index % 5),
      impact: 1 + ((index * 3) % 5),
    },
  }));
}

const startedAt = performance.now();
applyLocalMigrations({ persistTo });
const worker = await startLocalWorker({ port: 8797, persistTo, vars: { BOOTSTRAP_SECRET: secret } });
console.log(`wrangler dev ready (incl. migrations): ${(performance.now() - startedAt).toFixed(0)} ms`);
try {
  const session = await post(`${worker.url}/v1/workspaces`, secret, {
    name: 'Bench',
    owner: { name: 'B', email: 'b@example.com' },
  });
  const ws = session.json.workspace.id;
  const token = session.json.token;
  const clientId = randomUUID();
  const clientGroupId = randomUUID();
  const projectId = randomUUID();
  const push = (mutations) => post(`${worker.url}/v1/workspaces/${ws}/push`, token, { clientGroupId, mutations });
  await push([
    {
      clientId,
      id: 1,
      name: 'project.create',
      clientTime: new Date().toISOString(),
      args: { id: projectId, code: 'B', name: 'Bench' },
    },
  ]);
  let nextId = 2;
  for (const size of [1, 100, 500]) {
    const result = await push(riskMutations(clientId, nextId, size, projectId));
    nextId += size;
    console.log(
      `push ${String(size).padStart(3)} mutations: ${result.ms.toFixed(0)} ms (${(result.ms / size).toFixed(2)} ms each)`,
    );
  }
  const full = await post(`${worker.url}/v1/workspaces/${ws}/pull`, token, {
    clientGroupId,
    cookie: null,
    limit: 5000,
  });
  console.log(
    `initial pull of ${full.json.patch.length} records: ${full.ms.toFixed(0)} ms, ${full.bytes} bytes (${(full.bytes / full.json.patch.length).toFixed(0)} B/record)`,
  );
  await push(riskMutations(clientId, nextId, 10, projectId));
  const delta = await post(`${worker.url}/v1/workspaces/${ws}/pull`, token, {
    clientGroupId,
    cookie: full.json.cookie,
  });
  console.log(`delta pull of ${delta.json.patch.length} changes: ${delta.ms.toFixed(0)} ms, ${delta.bytes} bytes`);
} finally {
  await stopProcessGroup(worker.child);
  rmSync(persistTo, { recursive: true, force: true });
}
