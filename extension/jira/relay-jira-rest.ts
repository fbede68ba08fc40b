import { i18n } from '#i18n';
import { ok } from '../../shared/result';
import type { MessageResult } from '../messaging/protocol';
import type { JiraRestAnswer } from './jira-messages';

export interface JiraRestCall {
  origin: string;
  path: string;
  method: 'GET' | 'POST';
  body?: unknown;
}

const jiraCloudOrigin = /^https:\/\/[a-z0-9-]+\.atlassian\.net(:\d+)?$/i;

/** Jira Cloud sites, which the manifest's content script covers, or a self-hosted site the user granted. */
export async function isJiraOrigin(origin: string, listGrantedOrigins: () => Promise<string[]>): Promise<boolean> {
  if (jiraCloudOrigin.test(origin)) return true;
  return (await listGrantedOrigins()).includes(origin);
}

/**
 * Calls Jira's REST API for the overlay from the background, with the user's Jira session. A fetch
 * from the content script would make Chromium log every 401/403/429/500 answer in the page's
 * console (a "Failed to load resource" line nothing can suppress); from here the page stays clean.
 */
export async function relayJiraRest(
  call: JiraRestCall,
  isAllowedOrigin: (origin: string) => Promise<boolean>,
  fetchFn: typeof fetch = fetch,
): Promise<MessageResult<JiraRestAnswer>> {
  if (!(await isAllowedOrigin(call.origin))) {
    return {
      ok: false,
      error: { code: 'jira_origin_not_allowed', message: i18n.t('jira.errors.originNotAllowed', [call.origin]) },
    };
  }
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Atlassian-Token': 'no-check' };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetchFn(`${call.origin}${call.path}`, {
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
      error: { code: 'jira_unreachable', message: i18n.t('jira.errors.unreachable', [call.origin]) },
    };
  }
}
