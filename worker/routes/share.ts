import { Hono } from 'hono';
import { apiRoutes, type ShareLinkResponse, type ShareLinksResponse } from '../../shared';
import { createShareLink, findSharedWorkspace, listShareLinks, revokeShareLink } from '../directory/share-links';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { servedAs } from '../http/guard-route';
import { readSponsorPageHeaders } from '../share/page-headers';
import { renderSponsorNotFound, renderSponsorPage } from '../share/render-sponsor-page';
import { getWorkspaceRpc } from '../workspace/workspace-stub';

/** The 404 page's language: nothing about the link is known, so the reader's browser decides. */
const readerLanguage = (header: string | undefined) => (/^\s*fr\b/i.test(header ?? '') ? 'fr' : 'en');

/**
 * Sponsor links of `/v1/workspaces/:ws/share-links` (owner, pmo: create, list, revoke) and the
 * read-only page they open, `GET /share/<token>`: no member token, limited per address, computed
 * by the workspace's Durable Object as of the server UTC date. The link reaches nothing else.
 */
export const share = new Hono<AppEnv>()
  .on(...servedAs(apiRoutes.createShareLink), async (c) => {
    const origin = new URL(c.req.url).origin;
    return c.json(await createShareLink(c.env.DB, c.get('member'), c.req.valid('json'), origin), 201);
  })
  .on(...servedAs(apiRoutes.listShareLinks), async (c) => {
    const body: ShareLinksResponse = { links: await listShareLinks(c.env.DB, c.get('member').workspaceId) };
    return c.json(body);
  })
  .on(...servedAs(apiRoutes.revokeShareLink), async (c) => {
    const revoked = await revokeShareLink(c.env.DB, c.get('member'), c.req.param('linkId'));
    if (!revoked.ok) return respondError(c, revoked.error);
    const body: ShareLinkResponse = { link: revoked.value };
    return c.json(body);
  })
  .on(...servedAs(apiRoutes.openSharePage), async (c) => {
    const headers = await readSponsorPageHeaders();
    const workspace = await findSharedWorkspace(c.env.DB, c.req.param('token'));
    if (!workspace) return c.body(renderSponsorNotFound(readerLanguage(c.req.header('Accept-Language'))), 404, headers);
    const today = new Date().toISOString().slice(0, 10);
    const view = await getWorkspaceRpc(c.env, workspace.id).readSponsorView(today);
    return c.body(renderSponsorPage(view, workspace.name), 200, headers);
  });
