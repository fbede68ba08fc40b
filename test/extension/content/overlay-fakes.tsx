import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import type { JiraFailure } from '../../../extension/content/jira/rest/jira-failure';
import type { JiraRestClient, JiraResult } from '../../../extension/content/jira/rest/jira-rest-client';
import { OverlayProviders } from '../../../extension/content/jira/ui/OverlayProviders';
import type { MessageInput, MessageOutputs, MessageResult, MessageType } from '../../../extension/messaging/protocol';
import type { BackgroundClient } from '../../../extension/ui/background-client';
import type { JiraImportSummary } from '../../../shared/jira/import-plan';
import type { JiraIssue, JiraSearchPage } from '../../../shared/jira/rest-schemas';

export type ContextAnswer = MessageOutputs['jira.context'];
type Answers = { [K in MessageType]?: (input: MessageInput<K>) => MessageResult<MessageOutputs[K]> };

/** A background that answers the overlay's messages from the test's handlers and records what was sent. */
export function createFakeBackground(answers: Answers) {
  const sent: { type: MessageType; input: unknown }[] = [];
  const client: BackgroundClient = {
    async send(type, input) {
      sent.push({ type, input });
      const answer = answers[type] as ((input: unknown) => MessageResult<never>) | undefined;
      if (!answer) return { ok: false, error: { code: 'unknown_message', message: `No fake answer for ${type}` } };
      return answer(input);
    },
  };
  return { client, sent, sentOf: (type: MessageType) => sent.filter((message) => message.type === type) };
}

export const okAnswer = <T,>(value: T) => ({ ok: true as const, value });

/** ACME-12 as Jira's REST API returns it (the fields the overlay asks for, plus noise Jira adds). */
export function acmeIssue(overrides: Partial<JiraIssue['fields']> = {}): JiraIssue {
  return {
    id: '10012',
    key: 'ACME-12',
    self: 'https://acme.atlassian.net/rest/api/3/issue/10012',
    expand: 'renderedFields',
    fields: {
      summary: 'Keep the basket when the session expires',
      status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      assignee: { accountId: '5b10a2844c20165700ede21g', displayName: 'Priya Natarajan' },
      duedate: '2026-02-27',
      issuetype: { name: 'Story', hierarchyLevel: 0 },
      parent: { key: 'ACME-1', fields: { summary: 'Checkout revamp' } },
      project: { key: 'ACME', name: 'Acme Platform' },
      ...overrides,
    },
  };
}

export const mappedProject = { id: '0b7f6f1e-1d4e-4a57-9d0a-6b1c2b1f3a11', code: 'ACM', name: 'Acme Platform rollout' };

/** The workspace's people, offered as owners in the risk form. */
export const workspacePeople = [
  { id: '6a0d8f0e-7c55-4d1e-9a57-3f1b2c4d5e61', name: 'Ada Lovelace' },
  { id: '7b1e9a1f-8d66-4e2f-8b68-4a2c3d5e6f72', name: 'Priya Natarajan' },
];

/** The background's answer for ACME when it is mapped, with RAG, milestones, risks and links. */
export function mappedContext(overrides: Partial<NonNullable<ContextAnswer['context']>> = {}): ContextAnswer {
  return {
    workspace: { id: 'ws-1', name: 'Acme PMO' },
    syncStatus: 'synced',
    projects: [mappedProject],
    people: workspacePeople,
    context: {
      project: mappedProject,
      rag: 'amber',
      ragReason: 'A mandatory milestone slips by 4 working days.',
      topRisks: [
        { id: 'r1', title: 'Payment provider late', score: 20 },
        { id: 'r2', title: 'Key user leaves', score: 12 },
        { id: 'r3', title: 'Budget cut', score: 4 },
      ],
      riskMatrix: { size: 5 },
      nextMilestone: { id: 'm1', title: 'Checkout live', forecastDate: '2026-03-17', slipDays: 4, overdueDays: null },
      pendingGate: { phase: 'Build', status: 'requested' },
      rollUp: null,
      linkedRisks: [],
      linkedRecords: [],
      linkTargets: [
        { kind: 'milestone', id: 'm1', title: 'Checkout live' },
        { kind: 'planItem', id: 'p1', title: 'Basket service' },
      ],
      ...overrides,
    },
  };
}

export const unmappedContext = (projects = [mappedProject]): ContextAnswer => ({
  workspace: { id: 'ws-1', name: 'Acme PMO' },
  syncStatus: 'synced',
  projects,
  people: [],
  context: { ...(mappedContext().context as NonNullable<ContextAnswer['context']>), project: null },
});

export const emptySummary = (overrides: Partial<JiraImportSummary> = {}): JiraImportSummary => ({
  createdMilestones: 0,
  createdPlanItems: 0,
  forecastChanges: [],
  unchanged: 0,
  skipped: [],
  ...overrides,
});

/** A Jira REST client answering from the test: one issue, and search pages in order. */
export function createFakeJira({
  issue = (): JiraResult<JiraIssue> => ({ ok: true, value: acmeIssue() }),
  pages = [] as (JiraSearchPage | JiraFailure)[],
} = {}) {
  const searches: { jql: string; nextPageToken?: string }[] = [];
  let pending: (() => void)[] = [];
  let isHeld = false;
  const client: JiraRestClient = {
    async readIssue() {
      return issue();
    },
    async searchIssues(query, signal) {
      searches.push(query);
      if (isHeld) {
        await new Promise<void>((resolve) => {
          pending.push(resolve);
          signal?.addEventListener('abort', () => resolve());
        });
      }
      if (signal?.aborted) return { ok: false, error: { code: 'jira_aborted', message: 'Cancelled.' } };
      const page = pages[searches.length - 1];
      if (!page) return { ok: true, value: { issues: [], isLast: true } };
      return 'code' in page ? { ok: false, error: page as JiraFailure } : { ok: true, value: page as JiraSearchPage };
    },
  };
  return {
    client,
    searches,
    /** Holds every search until `release()`, to look at the progress and cancel. */
    hold() {
      isHeld = true;
    },
    release() {
      isHeld = false;
      const waiting = pending;
      pending = [];
      for (const resolve of waiting) resolve();
    },
  };
}

/** Issues ACME-1… as a search page returns them. */
export function searchPage(from: number, count: number, extra: Partial<JiraSearchPage> = {}): JiraSearchPage {
  const issues = Array.from({ length: count }, (_, index) => {
    const number = from + index;
    return { ...acmeIssue({ summary: `Issue ${number}` }), id: String(10_000 + number), key: `ACME-${number}` };
  });
  return { issues, ...extra };
}

/** Renders an overlay component with the fake background and Jira behind it. */
export function renderOverlay(ui: ComponentChild, background: BackgroundClient, jira: JiraRestClient) {
  return render(
    <OverlayProviders background={background} jira={jira}>
      {ui}
    </OverlayProviders>,
  );
}
