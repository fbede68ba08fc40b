import { useEffect, useState } from 'preact/hooks';
import type { JiraIssue } from '../../../../shared/jira/rest-schemas';
import { createLinkedAbortController } from '../../common/linked-abort';
import type { JiraFailure } from '../rest/jira-failure';
import { useJiraRest } from './jira-rest-context';

export type LoadedIssue =
  | { state: 'loading' }
  | { state: 'ready'; issue: JiraIssue }
  | { state: 'failed'; failure: JiraFailure };

/** The issue from Jira's REST API; the request is aborted when the page moves on or the panel goes. */
export function useJiraIssue(issueKey: string, signal: AbortSignal): LoadedIssue {
  const jira = useJiraRest();
  const [loaded, setLoaded] = useState<LoadedIssue>({ state: 'loading' });
  useEffect(() => {
    const controller = createLinkedAbortController(signal);
    setLoaded({ state: 'loading' });
    jira.readIssue(issueKey, controller.signal).then((answer) => {
      if (controller.signal.aborted) return;
      setLoaded(answer.ok ? { state: 'ready', issue: answer.value } : { state: 'failed', failure: answer.error });
    });
    return () => controller.abort();
  }, [jira, issueKey, signal]);
  return loaded;
}
