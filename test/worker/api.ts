import { env, exports } from 'cloudflare:workers';
import type { Role, SessionResponse } from '../../shared';
import { createWorkspace as createDirectoryWorkspace } from '../../worker/directory/workspaces';

export const bootstrapSecret = 'test-bootstrap-secret';

export interface CallOptions {
  method?: string;
  token?: string;
  /** Serialized as JSON unless `rawBody` is given. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Calls the Worker's fetch handler like a client would; returns the status, the text and the parsed JSON (if JSON). */
export async function call<T = Record<string, unknown>>(path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] ??= 'application/json';
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  const response = await exports.default.fetch(`https://api.test${path}`, { method, headers, body });
  const text = await response.text();
  const isJson = response.headers.get('Content-Type')?.includes('json') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: (isJson && text ? JSON.parse(text) : undefined) as T,
  };
}

let workspaceCount = 0;

/** A fresh workspace and its owner's session, so every test starts from clean data. */
export async function createWorkspace(name = `Acme PMO ${++workspaceCount}`): Promise<SessionResponse> {
  const created = await call<SessionResponse>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name, owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  if (created.status !== 201)
    throw new Error(`creating a workspace failed: ${created.status} ${JSON.stringify(created.json)}`);
  return created.json;
}

/**
 * A workspace made in the directory only, without the built-in method the route seeds
 * (worker/routes/workspaces.ts): sync tests count versions and rows, and start from none.
 */
export async function createEmptyWorkspace(name = `Acme PMO ${++workspaceCount}`): Promise<SessionResponse> {
  return createDirectoryWorkspace(env.DB, { name, owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } });
}

/** Invites and joins a member with `role` into the owner's workspace. */
export async function addMember(owner: SessionResponse, role: Exclude<Role, 'owner'>): Promise<SessionResponse> {
  const invite = await call<{ code: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role },
  });
  if (invite.status !== 201) throw new Error(`inviting failed: ${invite.status} ${JSON.stringify(invite.json)}`);
  const joined = await call<SessionResponse>('/v1/invites/accept', {
    body: { code: invite.json.code, name: `Pat ${role}`, email: `${role}@acme.example` },
  });
  if (joined.status !== 200) throw new Error(`joining failed: ${joined.status} ${JSON.stringify(joined.json)}`);
  return joined.json;
}
