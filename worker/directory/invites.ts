import { type Invite, type InviteStatus, ok, type Result, type Role } from '../../shared';
import { createInviteCode, hashInviteCode } from '../auth/invite-code';
import type { AuthedMember } from '../env';
import { type HttpError, httpError } from '../http/errors';
import { prepareAuditInsert, prepareAuditInsertIf } from './audit';

export interface NewInvite {
  name?: string;
  role: Exclude<Role, 'owner'>;
  email?: string;
  expiresInHours: number;
}

/** Stores a one-time invite (hash of its code only) and returns the code, shown this once. */
export async function createInvite(db: D1Database, creator: AuthedMember, invite: NewInvite) {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + invite.expiresInHours * 3_600_000).toISOString();
  const id = crypto.randomUUID();
  const code = createInviteCode();
  const codeHash = await hashInviteCode(code);
  await db.batch([
    db
      .prepare(
        `INSERT INTO invites (id, code_hash, workspace_id, name, role, email, expires_at, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        id,
        codeHash,
        creator.workspaceId,
        invite.name ?? null,
        invite.role,
        invite.email ?? null,
        expiresAt,
        creator.id,
        now.toISOString(),
      ),
    prepareAuditInsert(db, {
      workspaceId: creator.workspaceId,
      actor: creator.id,
      action: 'invite.create',
      target: id,
      at: now.toISOString(),
      details: { name: invite.name ?? null, role: invite.role, email: invite.email ?? null, expiresAt },
    }),
  ]);
  return { id, code, expiresAt };
}

interface InviteRow {
  id: string;
  name: string | null;
  role: Exclude<Role, 'owner'>;
  email: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
}

const inviteColumns = 'id, name, role, email, created_by, created_at, expires_at, used_at, used_by, revoked_at';

function statusOf(row: InviteRow, now: string): InviteStatus {
  if (row.revoked_at) return 'revoked';
  if (row.used_at) return 'used';
  return row.expires_at <= now ? 'expired' : 'pending';
}

function toInvite(row: InviteRow, now: string): Invite {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    email: row.email,
    status: statusOf(row, now),
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    usedBy: row.used_by,
    revokedAt: row.revoked_at,
  };
}

/** The workspace's invites, newest first (the last 500), with their status as of now. */
export async function listInvites(db: D1Database, workspaceId: string): Promise<Invite[]> {
  const { results } = await db
    .prepare(`SELECT ${inviteColumns} FROM invites WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT 500`)
    .bind(workspaceId)
    .all<InviteRow>();
  const now = new Date().toISOString();
  return results.map((row) => toInvite(row, now));
}

function findInvite(db: D1Database, workspaceId: string, inviteId: string) {
  return db
    .prepare(`SELECT ${inviteColumns} FROM invites WHERE id = ? AND workspace_id = ?`)
    .bind(inviteId, workspaceId)
    .first<InviteRow>();
}

/**
 * Withdraws an unused invite so its code answers 410 from now on; revoking it again is a no-op.
 * A used invite is 409: the person already joined, so remove the member instead.
 */
export async function revokeInvite(
  db: D1Database,
  actor: AuthedMember,
  inviteId: string,
): Promise<Result<Invite, HttpError>> {
  const now = new Date().toISOString();
  await db.batch([
    db
      .prepare(
        `UPDATE invites SET revoked_at = ?1, revoked_by = ?2
         WHERE id = ?3 AND workspace_id = ?4 AND revoked_at IS NULL AND used_at IS NULL`,
      )
      .bind(now, actor.id, inviteId, actor.workspaceId),
    prepareAuditInsertIf(
      db,
      { workspaceId: actor.workspaceId, actor: actor.id, action: 'invite.revoke', target: inviteId, at: now },
      'SELECT 1 FROM invites WHERE id = ? AND revoked_at = ? AND revoked_by = ?',
      inviteId,
      now,
      actor.id,
    ),
  ]);
  const invite = await findInvite(db, actor.workspaceId, inviteId);
  if (!invite)
    return { ok: false, error: httpError(404, 'invite_not_found', `No invite ${inviteId} in this workspace.`) };
  if (invite.used_at && !invite.revoked_at) {
    return {
      ok: false,
      error: httpError(
        409,
        'invite_used',
        'This invite was already used, so it cannot be revoked. Remove the member who joined with it instead.',
      ),
    };
  }
  return ok(toInvite(invite, now));
}
