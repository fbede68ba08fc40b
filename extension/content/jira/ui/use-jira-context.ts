import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageOutputs } from '../../../messaging/protocol';
import { useBackgroundClient } from '../../../ui/background-client';

export type JiraContextAnswer = MessageOutputs['jira.context'];

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/**
 * The PMO side of a Jira project (and issue) from the background, reloaded after each edit made
 * from the overlay. Answers that arrive after the page moved on (`signal` aborted) are dropped.
 */
export function useJiraContext(jiraProjectKey: string | undefined, issueKey: string | undefined, signal: AbortSignal) {
  const client = useBackgroundClient();
  const [loaded, setLoaded] = useState<Loaded<JiraContextAnswer>>({ state: 'loading' });
  const [version, setVersion] = useState(0);

  // `version` in the dependencies is how `reload` asks for a fresh answer.
  useEffect(() => {
    if (!jiraProjectKey) return;
    let isCurrent = true;
    client.send('jira.context', issueKey ? { jiraProjectKey, issueKey } : { jiraProjectKey }).then((answer) => {
      if (!isCurrent || signal.aborted) return;
      setLoaded(
        answer.ok ? { state: 'ready', value: answer.value } : { state: 'failed', message: answer.error.message },
      );
    });
    return () => {
      isCurrent = false;
    };
  }, [client, jiraProjectKey, issueKey, signal, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { loaded, reload };
}
