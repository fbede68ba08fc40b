/** A self-hosted Jira the user asked for, as the permission and the content script registration need it. */
export interface SelfHostedJiraSite {
  /** `https://jira.example.com` (with a port when not the default one): what the user sees and removes. */
  origin: string;
  /** `https://jira.example.com/*`: the host permission to request and the content script's match. */
  matchPattern: string;
  /** The registered content script's id; one per origin. */
  scriptId: string;
}

export type SelfHostedJiraUrlProblem = 'missing' | 'invalid' | 'cloud';

export const selfHostedScriptPrefix = 'jira-self-hosted-';

/** Jira Cloud already has the content script through the manifest's static match. */
const isJiraCloudHost = (hostname: string) => hostname === 'atlassian.net' || hostname.endsWith('.atlassian.net');

/**
 * Reads the Jira address a user typed (`jira.example.com/jira/secure/Dashboard.jspa` included) into
 * the site to allow: an http(s) origin without credentials, and the match pattern of its host. Match
 * patterns carry no port so Chrome and Firefox read them alike; they cover any port of the host.
 */
export function parseSelfHostedJiraUrl(
  input: string,
): { ok: true; site: SelfHostedJiraSite } | { ok: false; problem: SelfHostedJiraUrlProblem } {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'missing' };
  if (!/^https?:\/\//i.test(text)) return { ok: false, problem: 'invalid' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const { hostname, protocol } = url;
  if (!hostname || hostname.includes('*') || url.username || url.password) return { ok: false, problem: 'invalid' };
  if (isJiraCloudHost(hostname)) return { ok: false, problem: 'cloud' };
  return { ok: true, site: siteOfOrigin(url.origin, `${protocol}//${hostname}/*`) };
}

/** The site of an origin and its match pattern. */
export function siteOfOrigin(origin: string, matchPattern: string): SelfHostedJiraSite {
  return { origin, matchPattern, scriptId: `${selfHostedScriptPrefix}${origin}` };
}

/** The site a registered content script stands for, from its id; undefined for any other script. */
export function siteOfScript(script: { id: string; matches?: string[] }): SelfHostedJiraSite | undefined {
  if (!script.id.startsWith(selfHostedScriptPrefix)) return undefined;
  const origin = script.id.slice(selfHostedScriptPrefix.length);
  const matchPattern = script.matches?.[0];
  return matchPattern ? siteOfOrigin(origin, matchPattern) : undefined;
}
