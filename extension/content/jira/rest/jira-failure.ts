import { i18n } from '#i18n';
import { parseRetryAfter } from '../../../../shared/http/retry-after';

/** Why a Jira REST call failed, with a sentence that says what to do; never thrown into the page. */
export interface JiraFailure {
  code:
    | 'jira_signed_out'
    | 'jira_forbidden'
    | 'jira_rate_limited'
    | 'jira_server_error'
    | 'jira_issue_missing'
    | 'jira_refused'
    | 'jira_unreachable'
    | 'jira_bad_response'
    | 'jira_aborted';
  message: string;
  status?: number;
  retryAfterSeconds?: number;
}

/** What the failing call was about, so the message can name it. */
export interface JiraCallSubject {
  issueKey?: string;
}

/** Turns a Jira error answer into a failure; `errorMessages` are Jira's own words (shown as text). */
export function describeJiraHttpFailure(
  status: number,
  retryAfter: string | null,
  errorMessages: string[],
  subject: JiraCallSubject,
  nowMs = Date.now(),
): JiraFailure {
  if (status === 401) return { code: 'jira_signed_out', status, message: i18n.t('overlay.jira.signedOut') };
  if (status === 403) return { code: 'jira_forbidden', status, message: i18n.t('overlay.jira.forbidden') };
  if (status === 404 && subject.issueKey) {
    return { code: 'jira_issue_missing', status, message: i18n.t('overlay.jira.issueMissing', [subject.issueKey]) };
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(retryAfter, nowMs);
    if (retryAfterMs === undefined) {
      return { code: 'jira_rate_limited', status, message: i18n.t('overlay.jira.rateLimitedNoDelay') };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return {
      code: 'jira_rate_limited',
      status,
      retryAfterSeconds,
      message: i18n.t('overlay.jira.rateLimited', retryAfterSeconds),
    };
  }
  if (status >= 500) {
    return { code: 'jira_server_error', status, message: i18n.t('overlay.jira.serverError', [String(status)]) };
  }
  const said = errorMessages.join(' ').trim().slice(0, 500) || `HTTP ${status}`;
  const reason = /[.!?]$/.test(said) ? said : `${said}.`;
  return { code: 'jira_refused', status, message: i18n.t('overlay.jira.refused', [reason]) };
}

export const jiraUnreachable = (): JiraFailure => ({
  code: 'jira_unreachable',
  message: i18n.t('overlay.jira.unreachable'),
});

export const jiraBadResponse = (): JiraFailure => ({
  code: 'jira_bad_response',
  message: i18n.t('overlay.jira.badResponse'),
});

export const jiraAborted = (): JiraFailure => ({ code: 'jira_aborted', message: i18n.t('overlay.jira.aborted') });
