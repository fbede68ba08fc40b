import type { CreateWorkspaceRequest, SessionResponse } from '../../shared';
import { createToken } from '../auth/secrets';
import { prepareAuditInsert } from './audit';

/**
 * Creates a workspace, its owner and the owner's first token in one D1 batch (one transaction),
 * with an audit row. The token is returned once and stored only as its hash.
 */
export async function createWorkspace(db: D1Database, request: CreateWorkspaceRequest): Promise<SessionResponse> {
  const now = new Date().toISOString();
  const workspace = { id: crypto.randomUUID(), name: request.name };
  const member = {
    id: crypto.randomUUID(),
    name: request.owner.name,
    email: request.owner.email,
    role: 'owner' as const,
  };
  const { token, hash } = await createToken();
  await db.batch([
    db
      .prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)')
      .bind(workspace.id, workspace.name, now),
    db
      .prepare('INSERT INTO members (id, workspace_id, name, email, role, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(member.id, workspace.id, member.name, member.email, member.role, now),
    db.prepare('INSERT INTO tokens (hash, member_id, created_at) VALUES (?, ?, ?)').bind(hash, member.id, now),
    prepareAuditInsert(db, {
      workspaceId: workspace.id,
      actor: member.id,
      action: 'workspace.create',
      target: workspace.id,
      at: now,
      details: { name: workspace.name },
    }),
  ]);
  return { workspace, member, token };
}
