import type { PendingCaptures } from '../../extension/background/capture/pending-captures';
import type { RawSender, SenderFacts, VerifiedSender } from '../../extension/background/messaging/identify-sender';
import { type MessageType, messageSenders, type SenderContext } from '../../extension/messaging/protocol';

export type { RawSender };

/** fake-browser's `runtime.id`: the extension the tests run as. */
export const testExtensionId = 'test-extension-id';
export const extensionUrl = `chrome-extension://${testExtensionId}/`;

export const jiraPage = 'https://acme.atlassian.net/browse/PAY-12';
export const sheetPage = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit#gid=7';
export const articlePage = 'https://news.example.com/2026/03/supplier-delays';

/** One of our pages as Chromium describes it: the popup has no tab; the options and import pages do. */
export function extensionPage(page: string, tabId?: number): RawSender {
  const url = `${extensionUrl}${page}`;
  return {
    id: testExtensionId,
    url,
    origin: extensionUrl.slice(0, -1),
    ...(tabId === undefined ? {} : { frameId: 0, tab: { id: tabId, index: 0, windowId: 1, url } }),
  };
}

/** One of our content scripts in the top frame of a tab showing `url`. */
export function contentScript(url: string, tabId = 5): RawSender {
  return {
    id: testExtensionId,
    url,
    origin: new URL(url).origin,
    frameId: 0,
    tab: { id: tabId, index: 2, windowId: 1, url },
  };
}

/** The tab tests inject the capture card into unless they say otherwise. */
export const cardTabId = 12;

/** A sender each message type accepts, as the extension sends it today (the first context its senders name). */
export function typicalSender(type: MessageType): RawSender {
  // An unknown type (a test of the refusal) comes from the popup.
  const context: SenderContext =
    (messageSenders[type] as (typeof messageSenders)[MessageType] | undefined)?.[0] ?? 'extensionPage';
  switch (context) {
    case 'extensionPage':
      return extensionPage('popup.html');
    case 'jiraContent':
      return contentScript(jiraPage, 41);
    case 'sheetsContent':
      return contentScript(sheetPage, 43);
    case 'captureCard':
      return contentScript(articlePage, cardTabId);
  }
}

/** What the background knows about senders in tests: our id, the capture card's tabs, granted Jira sites. */
export function testSenderFacts({
  pending,
  selfHostedPatterns = [],
}: {
  pending?: PendingCaptures;
  selfHostedPatterns?: string[];
} = {}): SenderFacts {
  return {
    extensionId: testExtensionId,
    extensionUrl,
    isSelfHostedJira: async (url) => selfHostedPatterns.includes(`${url.protocol}//${url.hostname}/*`),
    hasCaptureCard: (tabId) => pending?.hasCard(tabId) ?? false,
  };
}

/** A sender already identified, for tests that call dispatchMessage directly: a page of the context's kind. */
export function verifiedAs(...contexts: SenderContext[]): VerifiedSender {
  if (contexts.includes('extensionPage')) {
    return { contexts, origin: extensionUrl.slice(0, -1), url: `${extensionUrl}popup.html` };
  }
  const url = contexts.includes('jiraContent')
    ? jiraPage
    : contexts.includes('sheetsContent')
      ? sheetPage
      : articlePage;
  return { contexts, origin: new URL(url).origin, url, tab: { id: cardTabId, index: 0, windowId: 1 } };
}
