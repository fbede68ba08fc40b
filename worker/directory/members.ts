import type { Member, Role } from '../../shared';
import type { AuthedMember } from '../env';

interface AuthRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  workspace_id: string;
  workspace_name: string;
  last_seen_at: string | null;
}

/**
 * The member a token hash belongs to, or null when the token is unknown or it or its member was
 * revoked. Runs on every request, so a revocation takes effect on the very next one.
 */
export async function findMemberByTokenHash(db: D1Database, tokenHash: string): Promise<AuthedMember | null> {
  const row = await db
    .prepare(
      `SELECT m.id, m.name, m.email, m.role, m.workspace_id, w.name AS workspace_name, m.last_seen_at
       FROM tokens t
       JOIN members m ON m.id = t.member_id
       JOIN workspaces w ON w.id = m.workspace_id
       WHERE t.hash = ? AND t.revoked_at IS NULL AND m.revoked_at IS NULL`,
    )
    .bind(tokenHash)
    .first<AuthRow>();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    workspaceId: row.workspace_id,
    workspaceName: row.workspace_name,
    tokenHash,
    lastSeenAt: row.last_seen_at,
  };
}

/** "Last seen" is kept to the minute: one small write per member and minute, whatever the request rate. */
const lastSeenResolutionMs = 60_000;

/**
 * Records that the member made a request now, unless that was already recorded less than a minute
 * ago (read with the token, so most requests write nothing).
 */
export async function recordMemberSeen(db: D1Database, member: AuthedMember, now: Date): Promise<void> {
  const seen = member.lastSeenAt ? Date.parse(member.lastSeenAt) : Number.NaN;
  if (now.getTime() - seen < lastSeenResolutionMs) return;
  await db.prepare('UPDATE members SET last_seen_at = ? WHERE id = ?').bind(now.toISOString(), member.id).run();
}

interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

const memberColumns = 'id, name, email, role, created_at, revoked_at, last_seen_at';

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
  };
}

/** The workspace's members in joining order; revoked ones only when asked (owners and PMOs see them). */
export async function listMembers(db: D1Database, workspaceId: string, includeRevoked: boolean): Promise<Member[]> {
  const { results } = await db
    .prepare(
      `SELECT ${memberColumns} FROM members
       WHERE workspace_id = ? AND (? OR revoked_at IS NULL) ORDER BY created_at, id`,
    )
    .bind(workspaceId, includeRevoked ? 1 : 0)
    .all<MemberRow>();
  return results.map(toMember);
}

/** One member of the workspace, revoked or not; null for an id of another workspace, so ids never leak across. */
export async function findMember(db: D1Database, workspaceId: string, memberId: string): Promise<Member | null> {
  const row = await db
    .prepare(`SELECT ${memberColumns} FROM members WHERE id = ? AND workspace_id = ?`)
    .bind(memberId, workspaceId)
    .first<MemberRow>();
  return row ? toMember(row) : null;
}

/** How many current owners the workspace has (the last one keeps the role: shared/directory/member-rules.ts). */
export async function countActiveOwners(db: D1Database, workspaceId: string): Promise<number> {
  const row = await db
    .prepare(`SELECT COUNT(*) AS owners FROM members WHERE workspace_id = ? AND role = 'owner' AND revoked_at IS NULL`)
    .bind(workspaceId)
    .first<{ owners: number }>();
  return row?.owners ?? 0;
}
