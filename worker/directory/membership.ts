import {
  decideMemberAction,
  type Member,
  type MemberAction,
  type MemberRefusal,
  ok,
  type Result,
  type Role,
} from '../../shared';
import type { AuthedMember } from '../env';
import { type HttpError, httpError } from '../http/errors';
import { prepareAuditInsertIf } from './audit';
import { countActiveOwners, findMember } from './members';

const activeOwners = `(SELECT COUNT(*) FROM members WHERE workspace_id = ?3 AND role = 'owner' AND revoked_at IS NULL)`;

function memberNotFound(memberId: string): HttpError {
  return httpError(404, 'member_not_found', `No current member ${memberId} in this workspace; reload the member list.`);
}

const onlyOwnersTouchOwners = httpError(
  403,
  'forbidden',
  "Only an owner can change an owner's role, make someone an owner or remove an owner. Ask an owner of the workspace.",
);

function lastOwner(name: string, what: string): HttpError {
  return httpError(
    409,
    'last_owner',
    `${name} is the last owner of this workspace and cannot ${what}. Make another member an owner first.`,
  );
}

const ownTokens = httpError(
  403,
  'forbidden',
  'You cannot revoke your own tokens here: you would be locked out. Sign out on each device instead.',
);

/** The HTTP answer of a refusal of shared/directory/member-rules.ts. */
function refuse(refusal: MemberRefusal, target: Member, what: string): HttpError {
  switch (refusal) {
    case 'removed':
      return memberNotFound(target.id);
    case 'last_owner':
      return lastOwner(target.name, what);
    case 'own_tokens':
      return ownTokens;
    case 'not_governing':
      return httpError(403, 'forbidden', 'Only an owner or a PMO manages members. Ask one of them.');
    default:
      return onlyOwnersTouchOwners;
  }
}

/** The shared rule's refusal of `action`, counting the owners only when it can matter. */
async function checkMemberAction(db: D1Database, actor: AuthedMember, target: Member, action: MemberAction) {
  const owners = target.role === 'owner' ? await countActiveOwners(db, actor.workspaceId) : 2;
  return decideMemberAction(actor, target, action, owners);
}

/** Why a guarded change matched no row, read after it; a concurrent change is the only other reason. */
async function explainRefusal(db: D1Database, actor: AuthedMember, memberId: string, what: string) {
  const target = await findMember(db, actor.workspaceId, memberId);
  if (!target || target.revokedAt) return memberNotFound(memberId);
  if (target.role === 'owner' && actor.role !== 'owner') return onlyOwnersTouchOwners;
  if (target.role === 'owner') return lastOwner(target.name, what);
  return httpError(409, 'conflict', `${target.name} was changed by someone else meanwhile; reload and try again.`);
}

/**
 * Gives a member another role (owner or PMO acting). A PMO neither touches an owner nor makes one;
 * the last owner keeps the role (409). The guards sit in the UPDATE itself, so two owners demoting
 * each other at once cannot leave the workspace ownerless; the audit row is written with it.
 */
export async function changeRole(
  db: D1Database,
  actor: AuthedMember,
  memberId: string,
  role: Role,
): Promise<Result<Member, HttpError>> {
  const target = await findMember(db, actor.workspaceId, memberId);
  if (!target || target.revokedAt) return { ok: false, error: memberNotFound(memberId) };
  const refusal = await checkMemberAction(db, actor, target, { kind: 'changeRole', role });
  // Giving a member the role they have changes nothing and is no error (a repeated request).
  if (refusal === 'same_role') return ok(target);
  if (refusal) return { ok: false, error: refuse(refusal, target, 'be demoted') };
  const changeId = crypto.randomUUID();
  const now = new Date().toISOString();
  const [update] = await db.batch([
    db
      .prepare(
        `UPDATE members SET role = ?1, last_change_id = ?5
         WHERE id = ?2 AND workspace_id = ?3 AND revoked_at IS NULL AND role = ?4
           AND (?4 != 'owner' OR ${activeOwners} > 1)`,
      )
      .bind(role, memberId, actor.workspaceId, target.role, changeId),
    prepareAuditInsertIf(
      db,
      {
        workspaceId: actor.workspaceId,
        actor: actor.id,
        action: 'member.role_change',
        target: memberId,
        at: now,
        details: { from: target.role, to: role },
      },
      'SELECT 1 FROM members WHERE id = ? AND last_change_id = ?',
      memberId,
      changeId,
    ),
  ]);
  if (update.meta.changes !== 1) return { ok: false, error: await explainRefusal(db, actor, memberId, 'be demoted') };
  return ok({ ...target, role });
}

/**
 * Removes a member (`member.revoke` by an owner or PMO, `member.leave` by the member) and revokes
 * all their tokens in one transaction with the audit row; their next request gets 401. Same
 * guards as changeRole: only owners remove owners, and never the last one.
 */
export async function revokeMember(
  db: D1Database,
  actor: AuthedMember,
  memberId: string,
  action: 'member.revoke' | 'member.leave',
): Promise<Result<Member, HttpError>> {
  const target = await findMember(db, actor.workspaceId, memberId);
  if (!target || target.revokedAt) return { ok: false, error: memberNotFound(memberId) };
  const what = action === 'member.leave' ? 'leave' : 'be removed';
  const refusal = await checkMemberAction(db, actor, target, { kind: action === 'member.leave' ? 'leave' : 'remove' });
  if (refusal) return { ok: false, error: refuse(refusal, target, what) };
  const changeId = crypto.randomUUID();
  const now = new Date().toISOString();
  const [update] = await db.batch([
    db
      .prepare(
        `UPDATE members SET revoked_at = ?1, last_change_id = ?4
         WHERE id = ?2 AND workspace_id = ?3 AND revoked_at IS NULL AND role = ?5
           AND (?5 != 'owner' OR ${activeOwners} > 1)`,
      )
      .bind(now, memberId, actor.workspaceId, changeId, target.role),
    db
      .prepare(
        `UPDATE tokens SET revoked_at = ?1 WHERE member_id = ?2 AND revoked_at IS NULL
           AND EXISTS (SELECT 1 FROM members WHERE id = ?2 AND last_change_id = ?3)`,
      )
      .bind(now, memberId, changeId),
    prepareAuditInsertIf(
      db,
      {
        workspaceId: actor.workspaceId,
        actor: actor.id,
        action,
        target: memberId,
        at: now,
        details: { name: target.name, email: target.email, role: target.role },
      },
      'SELECT 1 FROM members WHERE id = ? AND last_change_id = ?',
      memberId,
      changeId,
    ),
  ]);
  if (update.meta.changes !== 1) {
    return { ok: false, error: await explainRefusal(db, actor, memberId, what) };
  }
  return ok({ ...target, revokedAt: now });
}

/** Signs out: revokes the token of this request only (the member's other devices stay signed in). */
export async function revokeToken(db: D1Database, member: AuthedMember): Promise<void> {
  const now = new Date().toISOString();
  await db.batch([
    db.prepare('UPDATE tokens SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL').bind(now, member.tokenHash),
    prepareAuditInsertIf(
      db,
      { workspaceId: member.workspaceId, actor: member.id, action: 'token.revoke', target: member.id, at: now },
      'SELECT 1 FROM tokens WHERE hash = ? AND revoked_at = ?',
      member.tokenHash,
      now,
    ),
  ]);
}

/**
 * Signs a member out everywhere (owner or PMO acting): every token of theirs is revoked with the
 * audit row, and each of their devices gets 401 on its next request. The member keeps their role.
 */
export async function revokeMemberTokens(
  db: D1Database,
  actor: AuthedMember,
  memberId: string,
): Promise<Result<{ member: Member; revokedTokens: number }, HttpError>> {
  const target = await findMember(db, actor.workspaceId, memberId);
  if (!target || target.revokedAt) return { ok: false, error: memberNotFound(memberId) };
  const refusal = await checkMemberAction(db, actor, target, { kind: 'revokeTokens' });
  if (refusal) return { ok: false, error: refuse(refusal, target, 'be signed out') };
  const now = new Date().toISOString();
  const [update] = await db.batch([
    db
      .prepare(
        `UPDATE tokens SET revoked_at = ?1 WHERE member_id = ?2 AND revoked_at IS NULL
           AND EXISTS (SELECT 1 FROM members WHERE id = ?2 AND workspace_id = ?3 AND revoked_at IS NULL)`,
      )
      .bind(now, memberId, actor.workspaceId),
    prepareAuditInsertIf(
      db,
      {
        workspaceId: actor.workspaceId,
        actor: actor.id,
        action: 'token.revoke',
        target: memberId,
        at: now,
        details: { allTokens: true },
      },
      'SELECT 1 FROM tokens WHERE member_id = ? AND revoked_at = ?',
      memberId,
      now,
    ),
  ]);
  return ok({ member: target, revokedTokens: update.meta.changes });
}
