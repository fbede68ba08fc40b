import { useEffect, useRef, useState } from 'preact/hooks';
import type { JiraImportSummary } from '../../../../shared/jira/import-plan';
import { useBackgroundClient } from '../../../ui/background-client';
import { createLinkedAbortController } from '../../common/linked-abort';
import { fetchAllIssues, type SearchProgress } from '../rest/fetch-all-issues';
import { useJiraRest } from './jira-rest-context';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'fetching'; progress: SearchProgress | null }
  | { step: 'applying'; count: number }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string }
  | { step: 'done'; summary: JiraImportSummary };

/**
 * Runs an import: every page of the JQL from Jira, then one `jira.import` to the background. Cancel
 * works while pages are being fetched; nothing reaches the PMO until the last page is in.
 */
export function useJiraImport(jiraProjectKey: string, signal: AbortSignal, onImported: () => void) {
  const jira = useJiraRest();
  const client = useBackgroundClient();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  async function start(jql: string) {
    running.current?.abort();
    const controller = createLinkedAbortController(signal);
    running.current = controller;
    const isCurrent = () => running.current === controller && !signal.aborted;
    setState({ step: 'fetching', progress: null });
    const fetched = await fetchAllIssues(jira, jql, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (isCurrent() && !controller.signal.aborted) setState({ step: 'fetching', progress });
      },
    });
    if (!isCurrent()) return;
    if (controller.signal.aborted) {
      setState({ step: 'cancelled' });
      return;
    }
    if (!fetched.ok) {
      setState({ step: 'failed', message: fetched.error.message });
      return;
    }
    setState({ step: 'applying', count: fetched.value.length });
    const answer = await client.send('jira.import', { jiraProjectKey, issues: fetched.value });
    if (!isCurrent()) return;
    running.current = null;
    if (!answer.ok) {
      setState({ step: 'failed', message: answer.error.message });
      return;
    }
    setState({ step: 'done', summary: answer.value });
    onImported();
  }

  /** Stops fetching; the background never hears of the import. */
  function cancel() {
    if (state.step !== 'fetching') return;
    running.current?.abort();
  }

  return { state, start, cancel };
}
