import type { Role } from '../../shared';
import { createInviteCode, hashInviteCode } from '../auth/invite-code';
import type { AuthedMember } from '../env';
import { prepareAuditInsert } from './audit';

export interface NewInvite {
  role: Exclude<Role, 'owner'>;
  email?: string;
  expiresInHours: number;
}

/** Stores a one-time invite (hash of its code only) and returns the code, shown this once. */
export async function createInvite(db: D1Database, creator: AuthedMember, invite: NewInvite) {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + invite.expiresInHours * 3_600_000).toISOString();
  const code = createInviteCode();
  const codeHash = await hashInviteCode(code);
  await db.batch([
    db
      .prepare(
        `INSERT INTO invites (code_hash, workspace_id, role, email, expires_at, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(codeHash, creator.workspaceId, invite.role, invite.email ?? null, expiresAt, creator.id, now.toISOString()),
    prepareAuditInsert(db, {
      workspaceId: creator.workspaceId,
      actor: creator.id,
      action: 'invite.create',
      target: codeHash,
      at: now.toISOString(),
      details: { role: invite.role, email: invite.email ?? null, expiresAt },
    }),
  ]);
  return { code, expiresAt };
}
