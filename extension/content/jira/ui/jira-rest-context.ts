import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { JiraRestClient } from '../rest/jira-rest-client';

/** The Jira REST client the overlay's components read issues with; a context so tests can answer in its place. */
export const JiraRestContext = createContext<JiraRestClient | null>(null);

export function useJiraRest(): JiraRestClient {
  const client = useContext(JiraRestContext);
  if (!client) throw new Error('JiraRestContext is missing: wrap the overlay in its provider.');
  return client;
}
