import { browser } from 'wxt/browser';
import { type SelfHostedJiraSite, siteOfOrigin, siteOfScript } from './self-hosted-origin';

/** WXT's output name for `extension/entrypoints/jira.content/index.tsx`: the same script Jira Cloud gets. */
export const jiraContentScriptFile = 'content-scripts/jira.js';

interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** The browser APIs self-hosted Jira uses; tests pass fakes, the extension passes `browser`. */
export interface SelfHostedJiraApi {
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[] }>;
  };
  scripting: {
    registerContentScripts(
      scripts: {
        id: string;
        js: string[];
        matches: string[];
        runAt: 'document_idle';
        persistAcrossSessions: boolean;
      }[],
    ): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    getRegisteredContentScripts(filter?: { ids: string[] }): Promise<RegisteredScript[]>;
  };
  runtime: {
    getManifest(): {
      host_permissions?: string[];
      permissions?: string[];
      content_scripts?: { matches?: string[] }[];
    };
  };
}

export const browserSelfHostedJiraApi = browser as unknown as SelfHostedJiraApi;

/**
 * Asks the browser for access to the site. Call it first thing in a click handler: the browser
 * grants optional permissions only during a user gesture, which an earlier `await` would end.
 */
export function requestSelfHostedJira(site: SelfHostedJiraSite, api = browserSelfHostedJiraApi): Promise<boolean> {
  return api.permissions.request({ origins: [site.matchPattern] });
}

/** Runs the Jira content script on the site from now on, across browser restarts; once per site. */
export async function registerSelfHostedJira(site: SelfHostedJiraSite, api = browserSelfHostedJiraApi): Promise<void> {
  const isRegistered = async () =>
    (await api.scripting.getRegisteredContentScripts({ ids: [site.scriptId] })).length > 0;
  if (await isRegistered()) return;
  try {
    await api.scripting.registerContentScripts([
      {
        id: site.scriptId,
        js: [jiraContentScriptFile],
        matches: [site.matchPattern],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } catch (error) {
    // The background's start-up restore may have registered it meanwhile ("Duplicate script ID").
    if (!(await isRegistered())) throw error;
  }
}

/** Every site our self-hosted script ids are registered on, strays included. */
async function listRegisteredSites(api: SelfHostedJiraApi): Promise<SelfHostedJiraSite[]> {
  const scripts = await api.scripting.getRegisteredContentScripts();
  return scripts.flatMap((script) => siteOfScript(script) ?? []);
}

/**
 * The self-hosted Jira sites the content script is registered on, by origin: never a host the
 * manifest grants (an earlier version registered docs.google.com that way; start-up removes it).
 */
export async function listSelfHostedJira(api = browserSelfHostedJiraApi): Promise<SelfHostedJiraSite[]> {
  const fixed = listManifestOrigins(api);
  return (await listRegisteredSites(api))
    .filter((site) => !isManifestHost(site.matchPattern, fixed))
    .sort((a, b) => a.origin.localeCompare(b.origin));
}

/** Stops the content script on the site and gives its access back to the browser. */
export async function removeSelfHostedJira(site: SelfHostedJiraSite, api = browserSelfHostedJiraApi): Promise<void> {
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [site.scriptId] });
  if (registered.length > 0) await api.scripting.unregisterContentScripts({ ids: [site.scriptId] });
  await api.permissions.remove({ origins: [site.matchPattern] });
}

/** Patterns the manifest itself grants (Jira Cloud's match, the Sheets hosts): never self-hosted sites. */
function listManifestOrigins(api: SelfHostedJiraApi): string[] {
  const manifest = api.runtime.getManifest();
  return [
    ...(manifest.host_permissions ?? []),
    ...(manifest.permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
}

/** Scheme and host of a match pattern (`https://*.atlassian.net/*` → https, *.atlassian.net); undefined for a permission name. */
function splitPattern(pattern: string): { scheme: string; host: string } | undefined {
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  return match ? { scheme: match[1], host: match[2] } : undefined;
}

/**
 * Whether a pattern's host is one the manifest already reaches. Chromium's `permissions.getAll()`
 * reports `https://docs.google.com/spreadsheets/*` also as the origin-wide `https://docs.google.com/*`,
 * so any path of a manifest host counts, as do hosts under a manifest `*.` wildcard.
 */
function isManifestHost(pattern: string, fixed: readonly string[]): boolean {
  const granted = splitPattern(pattern);
  if (!granted) return false;
  return fixed.some((fixedPattern) => {
    const manifest = splitPattern(fixedPattern);
    if (!manifest || manifest.host === '*') return false;
    if (manifest.scheme !== '*' && manifest.scheme !== granted.scheme) return false;
    if (!manifest.host.startsWith('*.')) return manifest.host === granted.host;
    const domain = manifest.host.slice(2);
    return granted.host === domain || granted.host.endsWith(`.${domain}`);
  });
}

/**
 * Brings registrations in line with the granted permissions when the background starts: a site
 * granted at run time gets its content script back (registrations can be lost on an extension
 * update), and a site whose access the user withdrew in the browser's settings loses it, as does
 * a script on a host of the manifest's own (never a self-hosted Jira).
 */
export async function restoreSelfHostedJira(api = browserSelfHostedJiraApi): Promise<void> {
  const fixed = listManifestOrigins(api);
  const granted = ((await api.permissions.getAll()).origins ?? []).filter(
    (pattern) => /^https?:\/\/[^*/]+\/\*$/.test(pattern) && !isManifestHost(pattern, fixed),
  );
  const registered = await listRegisteredSites(api);
  const withdrawn = registered.filter((site) => !granted.includes(site.matchPattern));
  if (withdrawn.length > 0)
    await api.scripting.unregisterContentScripts({ ids: withdrawn.map((site) => site.scriptId) });
  for (const pattern of granted) {
    if (registered.some((site) => site.matchPattern === pattern)) continue;
    await registerSelfHostedJira(siteOfOrigin(pattern.slice(0, -2), pattern), api);
  }
}
