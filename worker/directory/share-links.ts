import {
  type CreatedShareLink,
  type CreateShareLinkRequestSchema,
  ok,
  type Result,
  readShareLinkStatus,
  type ShareLink,
} from '../../shared';
import { sha256Hex } from '../auth/secrets';
import type { AuthedMember } from '../env';
import { type HttpError, httpError } from '../http/errors';
import { prepareAuditInsert, prepareAuditInsertIf } from './audit';

type NewShareLink = import('zod').infer<typeof CreateShareLinkRequestSchema>;

/**
 * Never `ipmo_`: requireMember (worker/auth/require-member.ts) looks up only that prefix, so a
 * link token is refused as a bearer before any query, and secret scanners still see its own shape.
 */
export const shareTokenPrefix = 'ipmoshare_';

function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new link token (32 random bytes) and the hash to store instead of it (worker/auth/secrets.ts). */
export async function createShareToken(): Promise<{ token: string; hash: string }> {
  const token = shareTokenPrefix + encodeBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  return { token, hash: await sha256Hex(token) };
}

/**
 * Stores a sponsor link (the hash of its token only) and returns its address, shown this once.
 * `origin` is the Worker's own, as the request reached it, so the link opens where the API lives.
 */
export async function createShareLink(
  db: D1Database,
  creator: AuthedMember,
  link: NewShareLink,
  origin: string,
  now = new Date(),
): Promise<CreatedShareLink> {
  const expiresAt = new Date(now.getTime() + link.expiresInDays * 86_400_000).toISOString();
  const id = crypto.randomUUID();
  const { token, hash } = await createShareToken();
  const label = link.label ? link.label : null;
  await db.batch([
    db
      .prepare(
        `INSERT INTO share_links (id, workspace_id, token_hash, label, created_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(id, creator.workspaceId, hash, label, creator.id, now.toISOString(), expiresAt),
    prepareAuditInsert(db, {
      workspaceId: creator.workspaceId,
      actor: creator.id,
      action: 'share_link.create',
      target: id,
      at: now.toISOString(),
      details: { label, expiresAt },
    }),
  ]);
  return { id, url: `${origin}/share/${token}`, expiresAt };
}

interface ShareLinkRow {
  id: string;
  label: string | null;
  created_by: string;
  creator_name: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

const linkColumns = `s.id, s.label, s.created_by, m.name AS creator_name, s.created_at, s.expires_at, s.revoked_at`;
const linkSource = 'share_links s LEFT JOIN members m ON m.id = s.created_by';

function toShareLink(row: ShareLinkRow, now: string): ShareLink {
  const link = { expiresAt: row.expires_at, revokedAt: row.revoked_at };
  return {
    id: row.id,
    label: row.label,
    status: readShareLinkStatus(link, now),
    createdBy: { id: row.created_by, name: row.creator_name },
    createdAt: row.created_at,
    ...link,
  };
}

/** The workspace's sponsor links, newest first (the last 200), with their status as of now; no token or hash. */
export async function listShareLinks(db: D1Database, workspaceId: string): Promise<ShareLink[]> {
  const { results } = await db
    .prepare(
      `SELECT ${linkColumns} FROM ${linkSource} WHERE s.workspace_id = ? ORDER BY s.created_at DESC, s.id LIMIT 200`,
    )
    .bind(workspaceId)
    .all<ShareLinkRow>();
  const now = new Date().toISOString();
  return results.map((row) => toShareLink(row, now));
}

/** Revokes a link so its page answers 404 from now on; revoking it again is a no-op (and not audited twice). */
export async function revokeShareLink(
  db: D1Database,
  actor: AuthedMember,
  linkId: string,
): Promise<Result<ShareLink, HttpError>> {
  const now = new Date().toISOString();
  await db.batch([
    db
      .prepare('UPDATE share_links SET revoked_at = ?1 WHERE id = ?2 AND workspace_id = ?3 AND revoked_at IS NULL')
      .bind(now, linkId, actor.workspaceId),
    prepareAuditInsertIf(
      db,
      { workspaceId: actor.workspaceId, actor: actor.id, action: 'share_link.revoke', target: linkId, at: now },
      'SELECT 1 FROM share_links WHERE id = ? AND workspace_id = ? AND revoked_at = ?',
      linkId,
      actor.workspaceId,
      now,
    ),
  ]);
  const row = await db
    .prepare(`SELECT ${linkColumns} FROM ${linkSource} WHERE s.id = ? AND s.workspace_id = ?`)
    .bind(linkId, actor.workspaceId)
    .first<ShareLinkRow>();
  if (!row)
    return {
      ok: false,
      error: httpError(404, 'share_link_not_found', `No sponsor link ${linkId} in this workspace.`),
    };
  return ok(toShareLink(row, now));
}

/**
 * The workspace a link token opens, or undefined when no live link has it: unknown, revoked and
 * expired look the same to the caller. Only the token's hash is compared, in SQL, as for tokens.
 */
export async function findSharedWorkspace(
  db: D1Database,
  token: string,
  now = new Date(),
): Promise<{ id: string; name: string } | undefined> {
  if (!token.startsWith(shareTokenPrefix) || token.length > 200) return undefined;
  const row = await db
    .prepare(
      `SELECT w.id, w.name FROM share_links s JOIN workspaces w ON w.id = s.workspace_id
       WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ?`,
    )
    .bind(await sha256Hex(token), now.toISOString())
    .first<{ id: string; name: string }>();
  return row ?? undefined;
}
