import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared';
import { bootstrapSecret, call, createWorkspace } from './api';
import { projectCreate, riskCreate, TestClient } from './sync-client';
import { readWorkspaceStorage } from './workspace-storage';

const hostile = 'adm\u202Enimo\u0000\uD83D';

describe('names and titles that lie', () => {
  it('stores records without bidi overrides, NUL or lone surrogates', async () => {
    const owner = await createWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    const pushed = await client.push([
      projectCreate(projectId),
      riskCreate(projectId, riskId, { title: hostile, owner: { name: hostile }, description: `two\nlines${hostile}` }),
    ]);
    expect(pushed.json.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    const { entities } = await readWorkspaceStorage(owner.workspace.id);
    const risk = JSON.parse(String(entities.find((row) => row.id === riskId)?.value));
    expect(risk).toMatchObject({ title: 'admnimo', owner: { name: 'admnimo' }, description: 'two\nlinesadmnimo' });
  });

  it('refuses a title that is nothing but such characters, and changes nothing', async () => {
    const owner = await createWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const pushed = await client.push([
      projectCreate(projectId),
      riskCreate(projectId, undefined, { title: '\u202E\u0000' }),
    ]);
    expect(pushed.json.results.map((result) => result.status)).toEqual(['applied', 'rejected']);
    const { entities } = await readWorkspaceStorage(owner.workspace.id);
    expect(entities.filter((row) => row.entity === 'risk')).toEqual([]);
  });

  it('keeps them out of workspace and member names in the directory', async () => {
    const created = await call<SessionResponse>('/v1/workspaces', {
      token: bootstrapSecret,
      body: { name: `Acme${hostile}`, owner: { name: `Olivia${hostile}`, email: 'olivia@acme.example' } },
    });
    expect(created.status).toBe(201);
    expect(created.json.workspace.name).toBe('Acmeadmnimo');
    expect(created.json.member.name).toBe('Oliviaadmnimo');
    const invite = await call<{ code: string }>(`/v1/workspaces/${created.json.workspace.id}/invites`, {
      token: created.json.token,
      body: { role: 'pm' },
    });
    const joined = await call<SessionResponse>('/v1/invites/accept', {
      body: { code: invite.json.code, name: `Eve${hostile}`, email: 'eve@acme.example' },
    });
    expect(joined.status).toBe(200);
    expect(joined.json.member.name).toBe('Eveadmnimo');
  });
});
