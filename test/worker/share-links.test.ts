import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, type SessionResponse, type ShareLinksResponse } from '../../shared';
import { sha256Hex } from '../../worker/auth/secrets';
import { addMember, call, createEmptyWorkspace } from './api';
import { riskCreate, TestClient } from './sync-client';

const hostileName = '<img src=x onerror=alert(1)>';
const hostileSummary = 'Quotes "double" and \'single\' & an <script>alert(2)</script> tag';

interface Seeded {
  owner: SessionResponse;
  pmo: SessionResponse;
  hostileId: string;
}

/** A workspace with a calm project, a hostile one with a submitted report, and a risk on each. */
async function seedWorkspace(options: { language?: 'en' | 'fr' } = {}): Promise<Seeded> {
  const owner = await createEmptyWorkspace();
  const pmo = await addMember(owner, 'pmo');
  const client = new TestClient(owner);
  const calm = crypto.randomUUID();
  const hostileId = crypto.randomUUID();
  const report = crypto.randomUUID();
  const pushed = await client.push([
    ...(options.language
      ? [{ name: 'settings.create' as const, args: { id: crypto.randomUUID(), language: options.language } }]
      : []),
    { name: 'project.create', args: { id: calm, code: 'CRM', name: 'CRM rollout', managerName: 'Pat' } },
    { name: 'project.create', args: { id: hostileId, code: 'XSS', name: hostileName } },
    riskCreate(calm, crypto.randomUUID(), { title: 'Supplier "late" & <b>bold</b>' }),
    {
      name: 'statusReport.create',
      args: {
        id: report,
        projectId: hostileId,
        periodStart: '2026-01-01',
        periodEnd: '2026-01-14',
        overall: { chosen: 'amber', reason: 'Behind plan' },
        dimensions: { schedule: { chosen: 'red' } },
        summary: hostileSummary,
        achievements: 'Design signed off',
        nextPeriod: 'Start the build\nHire two developers',
      },
    },
    { name: 'status.submit', args: { id: report } },
  ]);
  expect(pushed.status).toBe(200);
  expect(pushed.json.results.map((result) => result.status)).not.toContain('rejected');
  return { owner, pmo, hostileId };
}

const linksPath = (session: SessionResponse) => `/v1/workspaces/${session.workspace.id}/share-links`;

async function createLink(session: SessionResponse, body: Record<string, unknown> = { expiresInDays: 7 }) {
  const created = await call<{ id: string; url: string; expiresAt: string }>(linksPath(session), {
    token: session.token,
    body,
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return { ...created.json, path: new URL(created.json.url).pathname, token: created.json.url.split('/share/')[1] };
}

describe('sponsor links', () => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await seedWorkspace();
  });

  it('are created by owners and PMOs, with a one-time address on this Worker that expires after the days asked', async () => {
    const before = Date.now();
    const link = await createLink(seeded.pmo, { label: 'Steering committee', expiresInDays: 14 });
    expect(link.url).toMatch(/^https:\/\/api\.test\/share\/ipmoshare_[A-Za-z0-9_-]{43}$/);
    const expires = Date.parse(link.expiresAt);
    expect(expires - before).toBeGreaterThanOrEqual(14 * 86_400_000 - 1000);
    expect(expires - Date.now()).toBeLessThanOrEqual(14 * 86_400_000);
    await createLink(seeded.owner);
  });

  it('are refused to PMs, contributors and viewers, who get a 403 saying who may', async () => {
    for (const role of ['pm', 'contributor', 'viewer'] as const) {
      const member = await addMember(seeded.owner, role);
      const created = await call(linksPath(member), { token: member.token, body: { expiresInDays: 7 } });
      expect(created.status).toBe(403);
      expect(created.json).toMatchObject({ error: { code: 'forbidden' } });
      expect((await call(linksPath(member), { token: member.token })).status).toBe(403);
    }
  });

  it('are listed with label, creator and status, never with a token or its hash', async () => {
    const link = await createLink(seeded.owner, { label: 'Board', expiresInDays: 30 });
    const listed = await call<ShareLinksResponse>(linksPath(seeded.pmo), { token: seeded.pmo.token });
    expect(listed.status).toBe(200);
    const entry = listed.json.links.find((each) => each.id === link.id);
    expect(entry).toMatchObject({
      label: 'Board',
      status: 'active',
      createdBy: { id: seeded.owner.member.id, name: 'Olivia Owner' },
      revokedAt: null,
    });
    expect(listed.text).not.toContain(link.token);
    expect(listed.text).not.toContain(await sha256Hex(link.token));
  });

  it('are stored hashed: D1 holds the SHA-256 of the token and never the token itself', async () => {
    const link = await createLink(seeded.owner);
    const rows = await env.DB.prepare('SELECT * FROM share_links WHERE id = ?').bind(link.id).all();
    expect(rows.results).toHaveLength(1);
    expect(rows.results[0].token_hash).toBe(await sha256Hex(link.token));
    expect(JSON.stringify(rows.results)).not.toContain(link.token);
    const audit = await env.DB.prepare(
      "SELECT details FROM audit_log WHERE target = ? AND action = 'share_link.create'",
    )
      .bind(link.id)
      .all<{ details: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0].details).not.toContain(link.token);
  });

  it('refuse an expiry outside 1 to 90 days or a wrong type with a clear 400, and store nothing', async () => {
    const count = async () =>
      (await env.DB.prepare('SELECT COUNT(*) AS n FROM share_links').first<{ n: number }>())?.n ?? 0;
    const before = await count();
    for (const body of [{ expiresInDays: 0 }, { expiresInDays: 91 }, { expiresInDays: 'soon' }, { label: 3 }]) {
      const refused = await call(linksPath(seeded.owner), { token: seeded.owner.token, body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json).toMatchObject({ error: { code: 'invalid_body', message: expect.any(String) } });
    }
    expect(await count()).toBe(before);
  });
});

describe('the sponsor page', () => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await seedWorkspace();
  });

  it("shows the grid, the top risks and each project's last submitted status, as text", async () => {
    const link = await createLink(seeded.pmo);
    const page = await call(link.path);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('CRM rollout');
    expect(page.text).toMatch(/data-testid="sponsor-grid"/);
    expect(page.text.match(/data-testid="sponsor-row"/g)).toHaveLength(2);
    // The hostile project's report: overall amber (a word and a shape), schedule reported red.
    expect(page.text).toContain('Overall: amber');
    expect(page.text).toContain('data-light="red"');
    expect(page.text).toContain('Design signed off');
    expect(page.text).toContain('Start the build<br>Hire two developers');
    expect(page.text).toContain('No status report submitted yet.');
    expect(page.text).toContain('Supplier &quot;late&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
  });

  it('renders hostile record text as text: no element, no attribute, no script from a record', async () => {
    const link = await createLink(seeded.owner);
    const { text } = await call(link.path);
    expect(text).toContain(escapeHtml(hostileName));
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain(escapeHtml(hostileSummary));
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<b>');
  });

  it('escapes the five characters HTML gives meaning to, and nothing else', () => {
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
    expect(escapeHtml(hostileName)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('Émilie · 100 € — ok')).toBe('Émilie · 100 € — ok');
  });

  it('is sent with a strict policy: no script, only its own inline style, never framed, cached, indexed or referred', async () => {
    const link = await createLink(seeded.owner);
    const { headers, text } = await call(link.path);
    const policy = headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('script-src');
    expect(policy).not.toContain('unsafe');
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('Cache-Control')).toBe('no-store');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(headers.get('X-Robots-Tag')).toBe('noindex, nofollow');
    expect(text).toContain('<meta name="robots" content="noindex, nofollow">');
    // The hash in the policy is the hash of the page's one stylesheet.
    const style = text.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(policy).toContain(`'sha256-${hash}'`);
    expect(text.match(/<style>/g)).toHaveLength(1);
    expect(text).not.toMatch(/<script|<[^>]*\s(style|on\w+)=/i);
  });

  it('answers 404 with one and the same page for an unknown, a revoked and an expired link', async () => {
    const unknown = await call('/share/ipmoshare_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    const malformed = await call('/share/not-a-link');
    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(unknown.text).toContain('This link opens nothing');
    expect(unknown.headers.get('Content-Security-Policy')).toContain("default-src 'none'");

    const revoked = await createLink(seeded.pmo);
    expect((await call(revoked.path)).status).toBe(200);
    const revoke = await call<{ link: { status: string } }>(`${linksPath(seeded.pmo)}/${revoked.id}`, {
      method: 'DELETE',
      token: seeded.pmo.token,
    });
    expect(revoke.status).toBe(200);
    expect(revoke.json.link.status).toBe('revoked');
    const afterRevoke = await call(revoked.path);
    expect(afterRevoke.status).toBe(404);
    expect(afterRevoke.text).toBe(unknown.text);

    const expired = await createLink(seeded.owner);
    await env.DB.prepare('UPDATE share_links SET expires_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 1000).toISOString(), expired.id)
      .run();
    const afterExpiry = await call(expired.path);
    expect(afterExpiry.status).toBe(404);
    expect(afterExpiry.text).toBe(unknown.text);
    const listed = await call<ShareLinksResponse>(linksPath(seeded.owner), { token: seeded.owner.token });
    expect(listed.json.links.find((link) => link.id === expired.id)?.status).toBe('expired');
  });

  it('speaks French to a French reader of a dead link, and in the workspace language on a live one', async () => {
    const dead = await call('/share/ipmoshare_nothing', { headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' } });
    expect(dead.text).toContain('<html lang="fr">');
    expect(dead.text).toContain('Ce lien n’ouvre rien');
    const french = await seedWorkspace({ language: 'fr' });
    const link = await createLink(french.owner);
    const { text } = await call(link.path);
    expect(text).toContain('<html lang="fr">');
    expect(text).toContain('Global : orange');
    expect(text).toContain('Dernier point d’avancement de chaque projet');
  });

  it('revoking twice changes nothing, and an unknown id is a 404 naming the link', async () => {
    const link = await createLink(seeded.owner);
    const path = `${linksPath(seeded.owner)}/${link.id}`;
    const first = await call<{ link: { revokedAt: string } }>(path, { method: 'DELETE', token: seeded.owner.token });
    const second = await call<{ link: { revokedAt: string } }>(path, { method: 'DELETE', token: seeded.owner.token });
    expect(second.json.link.revokedAt).toBe(first.json.link.revokedAt);
    const audits = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM audit_log WHERE target = ? AND action = 'share_link.revoke'",
    )
      .bind(link.id)
      .first<{ n: number }>();
    expect(audits?.n).toBe(1);
    const unknown = await call(`${linksPath(seeded.owner)}/${crypto.randomUUID()}`, {
      method: 'DELETE',
      token: seeded.owner.token,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { code: 'share_link_not_found' } });
  });
});

describe('a sponsor link is not an API token', () => {
  it('cannot push, pull, read or list anything on any /v1 route, of its workspace or another', async () => {
    const seeded = await seedWorkspace();
    const other = await seedWorkspace();
    const link = await createLink(seeded.owner);
    const otherLink = await createLink(other.owner);
    const sync = { clientGroupId: crypto.randomUUID(), cookie: null };
    for (const workspace of [seeded.owner.workspace.id, other.owner.workspace.id]) {
      const ws = `/v1/workspaces/${workspace}`;
      const attempts = [
        { path: '/v1/me' },
        { path: `${ws}/pull`, body: sync },
        { path: `${ws}/push`, body: { clientGroupId: crypto.randomUUID(), mutations: [] } },
        { path: `${ws}/reports/portfolio` },
        { path: `${ws}/members` },
        { path: `${ws}/history?limit=5` },
        { path: `${ws}/share-links` },
        { path: `${ws}/share-links`, body: { expiresInDays: 7 } },
        { path: `${ws}/share-links/${link.id}`, method: 'DELETE' },
      ];
      for (const attempt of attempts) {
        const answer = await call(attempt.path, { ...attempt, token: link.token });
        expect(answer.status, `${attempt.method ?? ''} ${attempt.path}`).toBe(401);
      }
    }
    // Each link shows its own workspace only.
    const own = await call(link.path);
    const theirs = await call(otherLink.path);
    const titleOf = (session: SessionResponse) => `${session.workspace.name}: portfolio status`;
    expect(own.text).toContain(titleOf(seeded.owner));
    expect(own.text).not.toContain(titleOf(other.owner));
    expect(theirs.text).toContain(titleOf(other.owner));
    // Nothing but GET opens the page.
    expect((await call(link.path, { method: 'POST', body: {} })).status).toBe(404);
  });
});
