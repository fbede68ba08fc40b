import { i18n } from '#i18n';
import { ok } from '../../../shared/result';
import type { JiraRestAnswer } from '../../messaging/jira-messages';
import type { MessageResult } from '../../messaging/protocol';
import { senderNotAllowed } from '../messaging/dispatch-message';

export interface JiraRestCall {
  origin: string;
  path: string;
  method: 'GET' | 'POST';
  body?: unknown;
}

/** The REST APIs the overlay reads; a path must stay under one once normalised. */
const allowedPrefixes = ['/rest/api/3/', '/rest/agile/1.0/'];

interface AllowedCall {
  method: JiraRestCall['method'];
  path: RegExp;
}

const readIssue: AllowedCall = { method: 'GET', path: /^\/rest\/api\/3\/issue\/[A-Za-z][A-Za-z0-9_]*-\d+$/ };
const searchIssues: AllowedCall = { method: 'POST', path: /^\/rest\/api\/3\/search\/jql$/ };
const readIssueWorklogs: AllowedCall = {
  method: 'GET',
  path: /^\/rest\/api\/3\/issue\/[A-Za-z][A-Za-z0-9_]*-\d+\/worklog$/,
};

/**
 * Every call the overlay makes (extension/content/jira/rest/jira-rest-client.ts), method and
 * normalised path; a call the overlay does not make is refused, so a hijacked page gains nothing.
 */
export const overlayJiraCalls: readonly AllowedCall[] = [readIssue, searchIssues];

/** The Costs tab's calls (read-worklogs.ts): the issues with time logged, then each one's worklog pages. */
export const worklogJiraCalls: readonly AllowedCall[] = [searchIssues, readIssueWorklogs];

/**
 * The address to fetch, or undefined when the path could leave the allowed APIs or is not one of
 * `allowedCalls`: encoded dots or slashes and backslashes are refused outright (servers and proxies
 * decode them differently), and the prefix is checked on the path `new URL` normalised, which is
 * the one fetched.
 */
export function resolveJiraCall(
  origin: string,
  call: JiraRestCall,
  allowedCalls: readonly AllowedCall[] = overlayJiraCalls,
): URL | undefined {
  if (/%2e|%2f|%5c|\\/i.test(call.path) || !call.path.startsWith('/')) return undefined;
  const url = new URL(call.path, origin);
  url.hash = '';
  if (url.origin !== origin) return undefined;
  if (!allowedPrefixes.some((prefix) => url.pathname.startsWith(prefix))) return undefined;
  if (!allowedCalls.some(({ method, path }) => method === call.method && path.test(url.pathname))) return undefined;
  return url;
}

/**
 * Calls Jira's REST API for the overlay from the background, with the user's Jira session. A fetch
 * from the content script would make Chromium log every 401/403/429/500 answer in the page's
 * console (a "Failed to load resource" line nothing can suppress); from here the page stays clean.
 * Only the asking tab's own site is called (`senderOrigin`, from the browser): the origin the
 * message names must be that one.
 */
export async function relayJiraRest(
  call: JiraRestCall,
  senderOrigin: string | undefined,
  fetchFn: typeof fetch = fetch,
): Promise<MessageResult<JiraRestAnswer>> {
  if (senderOrigin === undefined || call.origin !== senderOrigin) return senderNotAllowed('jira.rest');
  const url = resolveJiraCall(senderOrigin, call);
  if (!url) {
    return {
      ok: false,
      error: {
        code: 'jira_call_not_allowed',
        message: i18n.t('security.jiraCallNotAllowed', [`${call.method} ${call.path}`]),
      },
    };
  }
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Atlassian-Token': 'no-check' };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetchFn(url.href, {
      method: call.method,
      credentials: 'include',
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    const json: unknown = await response.json().catch(() => null);
    return ok({ status: response.status, retryAfter: response.headers.get('retry-after'), json });
  } catch {
    return {
      ok: false,
      error: { code: 'jira_unreachable', message: i18n.t('jira.errors.unreachable', [senderOrigin]) },
    };
  }
}
