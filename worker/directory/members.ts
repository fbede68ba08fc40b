import type { Role } from '../../shared';
import type { AuthedMember } from '../env';

interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  workspace_id: string;
  workspace_name: string;
}

/**
 * The member a token hash belongs to, or null when the token is unknown or it or its member was
 * revoked. Runs on every request, so a revocation takes effect on the very next one.
 */
export async function findMemberByTokenHash(db: D1Database, tokenHash: string): Promise<AuthedMember | null> {
  const row = await db
    .prepare(
      `SELECT m.id, m.name, m.email, m.role, m.workspace_id, w.name AS workspace_name
       FROM tokens t
       JOIN members m ON m.id = t.member_id
       JOIN workspaces w ON w.id = m.workspace_id
       WHERE t.hash = ? AND t.revoked_at IS NULL AND m.revoked_at IS NULL`,
    )
    .bind(tokenHash)
    .first<MemberRow>();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    workspaceId: row.workspace_id,
    workspaceName: row.workspace_name,
  };
}
