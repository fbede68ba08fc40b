import { describe, expect, it } from 'vitest';
import {
  jiraContentScriptFile,
  listSelfHostedJira,
  registerSelfHostedJira,
  removeSelfHostedJira,
  restoreSelfHostedJira,
} from '../../../extension/permissions/self-hosted';
import { parseSelfHostedJiraUrl } from '../../../extension/permissions/self-hosted-origin';
import { createFakeSelfHostedApi, sheetsHostPermissions } from './fake-self-hosted-api';

const siteOf = (url: string) => {
  const parsed = parseSelfHostedJiraUrl(url);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.site;
};

describe('parseSelfHostedJiraUrl', () => {
  it('turns a Jira address into its origin, host match pattern and script id', () => {
    expect(parseSelfHostedJiraUrl(' https://jira.example.com ')).toEqual({
      ok: true,
      site: {
        origin: 'https://jira.example.com',
        matchPattern: 'https://jira.example.com/*',
        scriptId: 'jira-self-hosted-https://jira.example.com',
      },
    });
  });

  it('keeps the whole host whatever page or context path was pasted, and lower-cases it', () => {
    expect(siteOf('https://Jira.Example.com/jira/secure/Dashboard.jspa?x=1#top')).toMatchObject({
      origin: 'https://jira.example.com',
      matchPattern: 'https://jira.example.com/*',
    });
  });

  it('keeps a non-default port in the origin, and leaves it out of the pattern (any port of the host)', () => {
    expect(siteOf('http://jira.intranet:8080/')).toEqual({
      origin: 'http://jira.intranet:8080',
      matchPattern: 'http://jira.intranet/*',
      scriptId: 'jira-self-hosted-http://jira.intranet:8080',
    });
  });

  it('says what is wrong with anything else', () => {
    expect(parseSelfHostedJiraUrl('   ')).toEqual({ ok: false, problem: 'missing' });
    for (const bad of [
      'jira.example.com',
      'ftp://jira.example.com',
      'https://',
      'https://user:pw@jira.example.com',
      'https://*.example.com',
    ])
      expect(parseSelfHostedJiraUrl(bad), bad).toEqual({ ok: false, problem: 'invalid' });
    expect(parseSelfHostedJiraUrl('https://acme.atlassian.net/browse/PAY-1')).toEqual({ ok: false, problem: 'cloud' });
  });
});

describe('self-hosted Jira registration', () => {
  it('registers the built Jira content script for the site, persisting across sessions, once', async () => {
    const { api, scripts } = createFakeSelfHostedApi();
    const site = siteOf('https://jira.example.com');

    await registerSelfHostedJira(site, api);
    await registerSelfHostedJira(site, api);

    expect([...scripts.values()]).toEqual([
      {
        id: 'jira-self-hosted-https://jira.example.com',
        js: [jiraContentScriptFile],
        matches: ['https://jira.example.com/*'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(jiraContentScriptFile).toBe('content-scripts/jira.js');
  });

  it('lists registered sites by origin, ignoring other scripts', async () => {
    const { api } = createFakeSelfHostedApi();
    await registerSelfHostedJira(siteOf('https://jira.zeta.test'), api);
    await registerSelfHostedJira(siteOf('https://jira.alpha.test'), api);
    await api.scripting.registerContentScripts([
      {
        id: 'something-else',
        js: ['x.js'],
        matches: ['https://x.test/*'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);

    expect((await listSelfHostedJira(api)).map((site) => site.origin)).toEqual([
      'https://jira.alpha.test',
      'https://jira.zeta.test',
    ]);
  });

  it('removes a site: unregisters its script and gives its permission back', async () => {
    const { api, scripts, granted } = createFakeSelfHostedApi();
    const site = siteOf('https://jira.example.com');
    await api.permissions.request({ origins: [site.matchPattern] });
    await registerSelfHostedJira(site, api);

    await removeSelfHostedJira(site, api);

    expect(scripts.size).toBe(0);
    expect(granted.has(site.matchPattern)).toBe(false);
  });

  it('on start, re-registers granted sites that lost their script and drops scripts whose access was withdrawn', async () => {
    const { api, scripts, granted } = createFakeSelfHostedApi();
    const kept = siteOf('https://jira.kept.test');
    const lost = siteOf('https://jira.lost.test');
    const withdrawn = siteOf('https://jira.withdrawn.test');
    granted.add(kept.matchPattern);
    granted.add(lost.matchPattern);
    await registerSelfHostedJira(kept, api);
    await registerSelfHostedJira(withdrawn, api);

    await restoreSelfHostedJira(api);

    expect([...scripts.values()].map((script) => script.matches).sort()).toEqual([
      ['https://jira.kept.test/*'],
      ['https://jira.lost.test/*'],
    ]);
    expect(scripts.has('jira-self-hosted-https://*.atlassian.net')).toBe(false);
  });

  it('never registers the content script on every site, even if a broad pattern was granted', async () => {
    const { api, scripts, granted } = createFakeSelfHostedApi();
    granted.add('https://*/*');
    await restoreSelfHostedJira(api);
    expect(scripts.size).toBe(0);
  });

  it('never takes a host permission of the manifest, nor its origin-wide form, for a self-hosted Jira', async () => {
    for (const manifestKey of ['host_permissions', 'permissions'] as const) {
      const { api, scripts, granted } = createFakeSelfHostedApi(undefined, sheetsHostPermissions, manifestKey);
      // What Chromium answers: the spreadsheets pattern and the whole of docs.google.com beside it.
      expect([...granted]).toContain('https://docs.google.com/*');

      await restoreSelfHostedJira(api);

      expect([...scripts.keys()], manifestKey).toEqual([]);
      expect(await listSelfHostedJira(api), manifestKey).toEqual([]);
    }
  });

  it('on start, removes a script registered on a manifest origin by an earlier version, and keeps the user’s sites', async () => {
    const { api, scripts, granted } = createFakeSelfHostedApi(undefined, sheetsHostPermissions);
    const jiraSite = siteOf('https://jira.example.com');
    granted.add(jiraSite.matchPattern);
    await registerSelfHostedJira(jiraSite, api);
    await registerSelfHostedJira(siteOf('https://docs.google.com'), api);

    await restoreSelfHostedJira(api);

    expect([...scripts.keys()]).toEqual(['jira-self-hosted-https://jira.example.com']);
    expect((await listSelfHostedJira(api)).map((site) => site.origin)).toEqual(['https://jira.example.com']);
  });

  it('lists only the sites the user added, even before the start-up clean-up ran', async () => {
    const { api } = createFakeSelfHostedApi(undefined, sheetsHostPermissions);
    await registerSelfHostedJira(siteOf('https://docs.google.com'), api);
    await registerSelfHostedJira(siteOf('https://jira.example.com'), api);

    expect((await listSelfHostedJira(api)).map((site) => site.origin)).toEqual(['https://jira.example.com']);
  });
});
