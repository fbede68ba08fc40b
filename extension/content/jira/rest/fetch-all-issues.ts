import { i18n } from '#i18n';
import type { JiraIssue } from '../../../../shared/jira/rest-schemas';
import type { JiraFailure } from './jira-failure';
import type { JiraRestClient, JiraResult } from './jira-rest-client';

/** How far a multi-page search has got. */
export interface SearchProgress {
  fetched: number;
  /** Pages received so far. */
  page: number;
  /** Jira's count of matching issues, when the answer carries one (search/jql usually does not). */
  total?: number;
}

/** The most issues one import sends to the background (its `jira.import` limit). */
export const maxImportIssues = 5000;

/** Pages where Jira keeps handing out the same token would otherwise loop for ever. */
const maxPages = Math.ceil(maxImportIssues / 50) + 1;

/**
 * Every issue a JQL matches, page after page by `nextPageToken`. Cancelling through `signal`
 * stops between pages and answers `jira_aborted`, with nothing kept.
 */
export async function fetchAllIssues(
  client: JiraRestClient,
  jql: string,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: SearchProgress) => void },
): Promise<JiraResult<JiraIssue[]>> {
  const issues: JiraIssue[] = [];
  let nextPageToken: string | undefined;
  for (let page = 1; page <= maxPages; page += 1) {
    const answer = await client.searchIssues({ jql, nextPageToken }, signal);
    if (!answer.ok) return answer;
    issues.push(...answer.value.issues);
    if (issues.length > maxImportIssues) return { ok: false, error: tooManyIssues() };
    const { total } = answer.value;
    onProgress?.({ fetched: issues.length, page, ...(typeof total === 'number' ? { total } : {}) });
    nextPageToken = answer.value.nextPageToken;
    if (answer.value.isLast === true || !nextPageToken || answer.value.issues.length === 0) {
      return { ok: true, value: issues };
    }
  }
  return { ok: false, error: tooManyIssues() };
}

function tooManyIssues(): JiraFailure {
  return {
    code: 'jira_refused',
    message: i18n.t('overlay.import.tooMany', [String(maxImportIssues)]),
  };
}
