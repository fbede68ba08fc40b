import { z } from 'zod';
import { governingRoles } from '../../roles';
import { lineText } from '../../schemas/common';
import { defineRoute, maxSmallBodyBytes, memberAccess } from './route-description';

/** How long a sponsor link may live, in days: a steering cycle at least, a quarter at most. */
export const shareLinkMaxDays = 90;

export const CreateShareLinkRequestSchema = z.object({
  /** Whom the link is for ("Steering committee"), to tell links apart in the list; may be empty. */
  label: lineText(200).optional(),
  expiresInDays: z.number().int().min(1).max(shareLinkMaxDays).default(30),
});
export type CreateShareLinkRequest = z.input<typeof CreateShareLinkRequestSchema>;

/** The link's address carries its token, shown this once; `id` names the link in the list and to revoke it. */
export const CreateShareLinkResponseSchema = z.object({ id: z.string(), url: z.string(), expiresAt: z.string() });
export type CreatedShareLink = z.infer<typeof CreateShareLinkResponseSchema>;

export const ShareLinkStatusSchema = z.enum(['active', 'expired', 'revoked']);
export type ShareLinkStatus = z.infer<typeof ShareLinkStatusSchema>;

/** A sponsor link as the list shows it: never its token, which only its hash on the server could match. */
export const ShareLinkSchema = z.object({
  id: z.string(),
  label: z.string().nullable(),
  status: ShareLinkStatusSchema,
  createdBy: z.object({ id: z.string(), name: z.string().nullable() }),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type ShareLink = z.infer<typeof ShareLinkSchema>;

export const ShareLinksResponseSchema = z.object({ links: z.array(ShareLinkSchema) });
export type ShareLinksResponse = z.infer<typeof ShareLinksResponseSchema>;
export const ShareLinkResponseSchema = z.object({ link: ShareLinkSchema });
export type ShareLinkResponse = z.infer<typeof ShareLinkResponseSchema>;

/** A link's status at `now` (ISO date-time): revoked first, then expired once `expiresAt` is reached. */
export function readShareLinkStatus(link: Pick<ShareLink, 'expiresAt' | 'revokedAt'>, now: string): ShareLinkStatus {
  if (link.revokedAt) return 'revoked';
  return link.expiresAt <= now ? 'expired' : 'active';
}

const tag = 'Sharing';

/**
 * Sponsor links of `/v1/workspaces/:ws/share-links` (owner, pmo) and the read-only page they open,
 * `GET /share/<token>`, which takes no member token and is limited per address (worker/routes/share.ts).
 */
export const shareRoutes = {
  createShareLink: defineRoute({
    method: 'POST',
    path: '/v1/workspaces/:ws/share-links',
    tag,
    summary: 'Create an expiring read-only link to the sponsor page',
    description:
      'The answer carries the link once; only the SHA-256 of its token is stored. The link opens `GET /share/<token>` and nothing else: it is no API token. Audited.',
    ...memberAccess(governingRoles, 'share the portfolio with sponsors'),
    body: {
      schema: CreateShareLinkRequestSchema,
      maxBytes: maxSmallBodyBytes,
      splitHint: 'Send only { "label", "expiresInDays" }.',
    },
    responses: { 201: { description: 'The link, shown this once.', schema: CreateShareLinkResponseSchema } },
  }),
  listShareLinks: defineRoute({
    method: 'GET',
    path: '/v1/workspaces/:ws/share-links',
    tag,
    summary: 'List the sponsor links with their status (never their tokens)',
    ...memberAccess(governingRoles, 'see sponsor links'),
    responses: { 200: { description: 'Links, newest first.', schema: ShareLinksResponseSchema } },
  }),
  revokeShareLink: defineRoute({
    method: 'DELETE',
    path: '/v1/workspaces/:ws/share-links/:linkId',
    tag,
    summary: 'Revoke a sponsor link at once',
    description: 'Its page answers 404 from the next request on; revoking it again changes nothing. Audited.',
    ...memberAccess(governingRoles, 'revoke sponsor links'),
    responses: { 200: { description: 'The link, now revoked.', schema: ShareLinkResponseSchema } },
    errors: { 404: 'No sponsor link with this id in the workspace (share_link_not_found).' },
  }),
  openSharePage: defineRoute({
    method: 'GET',
    path: '/share/:token',
    tag,
    summary: 'The sponsor page: portfolio grid, top risks and last status of each project (HTML)',
    description:
      'Read-only, as of the server UTC date, in the workspace language. No script, strict Content-Security-Policy, never cached or framed. An unknown, revoked or expired link answers 404 with one and the same HTML page.',
    auth: 'none',
    isLimitedPerAddress: true,
    responses: { 200: { description: 'A self-contained HTML page.', contentType: 'text/html' } },
  }),
};
