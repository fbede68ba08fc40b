// The Worker's API as the benches call it: every call timed, its response bytes counted, and its
// outcome kept as a value (status 0 = the network failed), so a bench decides what a failure means.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Same limits as shared/sync/protocol.ts (a .ts file plain Node 20 cannot import). */
export const maxMutationsPerPush = 500;
export const maxPullLimit = 5000;

/** One API call: `{ status, json, text, ms, bytes }`; never throws. */
export async function callApi(baseUrl, path, { token, body, timeoutMs = 30_000 } = {}) {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json, text, ms, bytes: Buffer.byteLength(text) };
  } catch (error) {
    return { status: 0, json: undefined, text: String(error), ms: performance.now() - started, bytes: 0 };
  }
}

/** Throws with the server's message unless the call answered `expected`. */
export function expectStatus(result, expected, what) {
  if (result.status !== expected) {
    throw new Error(`${what}: expected ${expected}, got ${result.status}: ${result.text.slice(0, 400)}`);
  }
  return result.json;
}

/** Creates a workspace with the bootstrap secret; answers `{ workspaceId, token, memberId }` of its owner. */
export async function createWorkspace(worker, name) {
  const created = expectStatus(
    await callWaitingOutRateLimit(worker.url, '/v1/workspaces', {
      token: worker.secret,
      body: { name, owner: { name: 'Bench Owner', email: 'owner@example.com' } },
    }),
    201,
    'create workspace',
  );
  return { workspaceId: created.workspace.id, token: created.token, memberId: created.member.id };
}

/**
 * Calls again after a 429, waiting its Retry-After (at most twice, at most 65 s each): setup
 * requests may meet the per-address limit of the routes without a token (60 a minute).
 */
async function callWaitingOutRateLimit(baseUrl, path, options) {
  for (let attempt = 0; ; attempt += 1) {
    const result = await callApi(baseUrl, path, options);
    if (result.status !== 429 || attempt === 2) return result;
    const waitS = Math.min(65, Number(result.json?.error?.details?.retryAfterSeconds ?? 60));
    console.log(`  ${path} answered 429 (rate limited); waiting ${waitS} s as Retry-After says`);
    await new Promise((resolve) => setTimeout(resolve, waitS * 1000));
  }
}

/** Invites and accepts one member of `role`; answers the same shape as createWorkspace. */
export async function addMember(worker, owner, role, name) {
  const invite = expectStatus(
    await callApi(worker.url, `/v1/workspaces/${owner.workspaceId}/invites`, { token: owner.token, body: { role } }),
    201,
    'create invite',
  );
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`;
  const accepted = expectStatus(
    await callWaitingOutRateLimit(worker.url, '/v1/invites/accept', { body: { code: invite.code, name, email } }),
    200,
    'accept invite',
  );
  return { workspaceId: accepted.workspace.id, token: accepted.token, memberId: accepted.member.id };
}

/**
 * A pushing and pulling client of one member, like the extension: its own client group and
 * client, mutation ids from 1 up.
 */
export function createSyncClient(worker, member) {
  const clientGroupId = randomUUID();
  const clientId = randomUUID();
  let nextMutationId = 1;
  const path = (action) => `/v1/workspaces/${member.workspaceId}/${action}`;
  return {
    clientGroupId,
    clientId,
    /** Wraps mutator calls as push mutations with this client's next ids. */
    stamp(calls) {
      return calls.map(({ name, args }) => ({
        clientId,
        id: nextMutationId++,
        name,
        args,
        clientTime: new Date().toISOString(),
      }));
    },
    push: (mutations, options) =>
      callApi(worker.url, path('push'), { ...options, token: member.token, body: { clientGroupId, mutations } }),
    pull: (cookie, limit, options) =>
      callApi(worker.url, path('pull'), {
        ...options,
        token: member.token,
        body: { clientGroupId, cookie, ...(limit ? { limit } : {}) },
      }),
  };
}

/**
 * Pulls from `cookie` until hasMore is false (at most `maxRequests`). Answers the time, the
 * requests, the bytes (as sent, and gzip-compressed as Cloudflare's edge would send them), the
 * patch length and the final cookie.
 */
export async function pullAll(client, cookie, { limit, maxRequests = 1_000, keepPatch = false } = {}) {
  const started = performance.now();
  let requests = 0;
  let bytes = 0;
  let gzipBytes = 0;
  let records = 0;
  const pageMs = [];
  const patch = [];
  const mutationErrors = [];
  let lastMutationIdChanges = {};
  for (;;) {
    if (requests >= maxRequests) throw new Error(`pull did not finish within ${maxRequests} requests`);
    const page = await client.pull(cookie, limit);
    requests += 1;
    const body = expectStatus(page, 200, 'pull');
    pageMs.push(page.ms);
    bytes += page.bytes;
    gzipBytes += gzipSync(page.text).length;
    records += body.patch.filter((op) => op.op === 'put').length;
    if (keepPatch) patch.push(...body.patch);
    mutationErrors.push(...body.mutationErrors);
    lastMutationIdChanges = { ...lastMutationIdChanges, ...body.lastMutationIdChanges };
    cookie = body.cookie;
    if (!body.hasMore) break;
  }
  return {
    ms: performance.now() - started,
    requests,
    bytes,
    gzipBytes,
    records,
    pageMs,
    cookie,
    patch,
    mutationErrors,
    lastMutationIdChanges,
  };
}
