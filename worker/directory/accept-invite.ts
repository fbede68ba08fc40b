import { type AcceptInviteRequest, ok, type Result, type Role, type SessionResponse } from '../../shared';
import { hashInviteCode } from '../auth/invite-code';
import { createToken } from '../auth/secrets';
import { type HttpError, httpError } from '../http/errors';

interface InviteRow {
  id: string;
  workspace_id: string;
  workspace_name: string;
  role: Role;
  email: string | null;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
}

const askAgain = 'Ask an owner or PMO of the workspace for a new invite.';

/** Why an invite could not be claimed: read after the attempt, so it never decides, only explains. */
function explainRefusal(invite: InviteRow | null, now: string): HttpError {
  if (!invite) return httpError(404, 'invite_not_found', `No invite has this code; check it for typos. ${askAgain}`);
  if (invite.revoked_at) return httpError(410, 'invite_revoked', `This invite code was withdrawn. ${askAgain}`);
  if (invite.used_at) return httpError(410, 'invite_used', `This invite code was already used. ${askAgain}`);
  if (invite.expires_at <= now)
    return httpError(410, 'invite_expired', `This invite code expired at ${invite.expires_at}. ${askAgain}`);
  return httpError(
    403,
    'invite_email_mismatch',
    `This invite is for another email address: join with the address it was sent to. ${askAgain}`,
  );
}

/** The statements of one claim; D1 runs a batch as one transaction. */
function prepareClaim(
  db: D1Database,
  codeHash: string,
  memberId: string,
  tokenHash: string,
  request: AcceptInviteRequest,
  now: string,
) {
  return [
    // The only place that decides: unused, unexpired and (when the invite names one) the same email.
    db
      .prepare(
        `UPDATE invites SET used_at = ?, used_by = ?
         WHERE code_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ? AND (email IS NULL OR lower(email) = lower(?))`,
      )
      .bind(now, memberId, codeHash, now, request.email),
    // The rest select on used_by = this new member, so they insert nothing unless the UPDATE matched.
    db
      .prepare(
        `INSERT INTO members (id, workspace_id, name, email, role, created_at)
         SELECT ?, workspace_id, ?, ?, role, ? FROM invites WHERE code_hash = ? AND used_by = ?`,
      )
      .bind(memberId, request.name, request.email, now, codeHash, memberId),
    db
      .prepare('INSERT INTO tokens (hash, member_id, created_at) SELECT ?, id, ? FROM members WHERE id = ?')
      .bind(tokenHash, now, memberId),
    db
      .prepare(
        `INSERT INTO audit_log (workspace_id, actor, action, target, at, details)
         SELECT i.workspace_id, i.used_by, 'invite.accept', i.id, ?, json_object('role', i.role)
         FROM invites i WHERE i.code_hash = ? AND i.used_by = ?`,
      )
      .bind(now, codeHash, memberId),
  ];
}

/**
 * Turns an invite code into a member with the invite's role and a token. One-time even under
 * races: the claim is a conditional UPDATE in the same transaction as the inserts.
 */
export async function acceptInvite(
  db: D1Database,
  request: AcceptInviteRequest,
): Promise<Result<SessionResponse, HttpError>> {
  const now = new Date().toISOString();
  const codeHash = await hashInviteCode(request.code);
  const memberId = crypto.randomUUID();
  const { token, hash } = await createToken();
  const [claim] = await db.batch(prepareClaim(db, codeHash, memberId, hash, request, now));
  const invite = await db
    .prepare(
      `SELECT i.id, i.workspace_id, w.name AS workspace_name, i.role, i.email, i.expires_at, i.used_at, i.used_by,
         i.revoked_at
       FROM invites i JOIN workspaces w ON w.id = i.workspace_id WHERE i.code_hash = ?`,
    )
    .bind(codeHash)
    .first<InviteRow>();
  if (claim.meta.changes !== 1 || !invite || invite.used_by !== memberId)
    return { ok: false, error: explainRefusal(invite, now) };
  return ok({
    workspace: { id: invite.workspace_id, name: invite.workspace_name },
    member: { id: memberId, name: request.name, email: request.email, role: invite.role },
    token,
  });
}
