import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { stageGateTemplateName } from '../../shared/methodology/stage-gate-template';
import app from '../../worker/index';
import { bootstrapSecret, call, createWorkspace } from './api';
import { TestClient } from './sync-client';
import { readWorkspaceStorage } from './workspace-storage';

const validBody = { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } };

describe('POST /v1/workspaces', () => {
  it('creates a workspace with its owner and a token shown once, stored only as a hash', async () => {
    const created = await call('/v1/workspaces', { token: bootstrapSecret, body: validBody });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      workspace: { id: expect.any(String), name: 'Acme PMO' },
      member: { id: expect.any(String), name: 'Olivia Owner', email: 'olivia@acme.example', role: 'owner' },
      token: expect.stringMatching(/^ipmo_[A-Za-z0-9_-]{43}$/),
    });
    const token = created.json.token as string;
    const stored = await env.DB.prepare('SELECT hash FROM tokens').all<{ hash: string }>();
    expect(stored.results.some((row) => row.hash === token)).toBe(false);
    expect(stored.results.every((row) => /^[0-9a-f]{64}$/.test(row.hash))).toBe(true);
  });

  it('seeds exactly one template, the built-in stage-gate method, with a version, as the owner', async () => {
    const owner = await createWorkspace();
    const storage = await readWorkspaceStorage(owner.workspace.id);
    expect(storage.entities).toHaveLength(1);
    const [row] = storage.entities;
    expect(row).toMatchObject({ entity: 'template', version: 1, deleted: 0 });
    const template = JSON.parse(String(row.value));
    expect(template).toMatchObject({ name: stageGateTemplateName, kind: 'stage_gate', templateVersion: 1, version: 1 });
    expect(template.phases.map((phase: { name: string }) => phase.name)).toEqual([
      'Initiate',
      'Plan',
      'Execute',
      'Close',
    ]);
    expect(template.createdBy).toBe(owner.member.id);
    expect(storage.version).toBe(1);
    // Server-made mutations belong to no client and record no error.
    expect(storage.clients).toEqual([]);
    expect(storage.errors).toEqual([]);
  });

  it('gives each workspace its own template ids, and a first pull brings the template', async () => {
    const [first, second] = [await createWorkspace(), await createWorkspace()];
    const pulled = await new TestClient(first).pull();
    expect(pulled.status).toBe(200);
    const templates = pulled.json.patch.filter((op) => op.op === 'put' && op.entity === 'template');
    expect(templates).toHaveLength(1);
    const [otherRow] = (await readWorkspaceStorage(second.workspace.id)).entities;
    expect(otherRow.id).not.toBe((templates[0] as { id: string }).id);
  });

  it('writes an audit row for the creation', async () => {
    const owner = await createWorkspace();
    const audit = await env.DB.prepare('SELECT actor, action, target FROM audit_log WHERE workspace_id = ?')
      .bind(owner.workspace.id)
      .all();
    expect(audit.results).toEqual([{ actor: owner.member.id, action: 'workspace.create', target: owner.workspace.id }]);
  });

  it('refuses a wrong or missing bootstrap secret with 401', async () => {
    const wrong = await call('/v1/workspaces', { token: 'test-bootstrap-secreT', body: validBody });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({
      error: { code: 'unauthorized', message: expect.stringContaining('BOOTSTRAP_SECRET') },
    });
    const missing = await call('/v1/workspaces', { body: validBody });
    expect(missing.status).toBe(401);
  });

  it('is disabled with 403 and tells how to set BOOTSTRAP_SECRET when it is unset', async () => {
    const init = {
      method: 'POST',
      headers: { Authorization: 'Bearer anything', 'Content-Type': 'application/json' },
      body: JSON.stringify(validBody),
    };
    for (const secret of [undefined, '']) {
      const response = await app.request('/v1/workspaces', init, { ...env, BOOTSTRAP_SECRET: secret });
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('bootstrap_disabled');
      expect(body.error.message).toContain('.dev.vars');
      expect(body.error.message).toContain('wrangler secret put BOOTSTRAP_SECRET');
    }
  });

  it('refuses an invalid body with 400 naming the fields', async () => {
    const invalid = await call('/v1/workspaces', {
      token: bootstrapSecret,
      body: { name: '  ', owner: { name: 'Olivia', email: 'not-an-email' } },
    });
    expect(invalid.status).toBe(400);
    const error = (invalid.json as { error: { code: string; message: string; details: unknown[] } }).error;
    expect(error.code).toBe('invalid_body');
    expect(error.message).toContain('name');
    expect(error.message).toContain('owner.email');
    expect(error.details.length).toBe(2);
  });
});

describe('GET /v1/me', () => {
  it('tells the token holder who they are and in which workspace', async () => {
    const owner = await createWorkspace('Northwind PMO');
    const me = await call('/v1/me', { token: owner.token });
    expect(me.status).toBe(200);
    expect(me.json).toEqual({ workspace: { id: owner.workspace.id, name: 'Northwind PMO' }, member: owner.member });
  });

  it('stops accepting a revoked token on the very next request', async () => {
    const owner = await createWorkspace();
    expect((await call('/v1/me', { token: owner.token })).status).toBe(200);
    await env.DB.prepare('UPDATE tokens SET revoked_at = ? WHERE member_id = ?')
      .bind(new Date().toISOString(), owner.member.id)
      .run();
    const after = await call('/v1/me', { token: owner.token });
    expect(after.status).toBe(401);
    expect(after.json).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('stops accepting the tokens of a revoked member on the very next request', async () => {
    const owner = await createWorkspace();
    await env.DB.prepare('UPDATE members SET revoked_at = ? WHERE id = ?')
      .bind(new Date().toISOString(), owner.member.id)
      .run();
    expect((await call('/v1/me', { token: owner.token })).status).toBe(401);
  });
});
