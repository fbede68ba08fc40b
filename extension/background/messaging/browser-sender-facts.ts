import { browser } from 'wxt/browser';
import { listSelfHostedJira } from '../../permissions/self-hosted';
import type { PendingCaptures } from '../capture/pending-captures';
import type { SenderFacts } from './identify-sender';

/** The facts identify-sender.ts checks senders against, from the browser and the capture's state. */
export function browserSenderFacts(pending: PendingCaptures): SenderFacts {
  return {
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL('/'),
    // Match patterns carry no port (self-hosted-origin.ts): the site covers every port of its host.
    isSelfHostedJira: async (url) =>
      (await listSelfHostedJira()).some((site) => site.matchPattern === `${url.protocol}//${url.hostname}/*`),
    hasCaptureCard: (tabId) => pending.hasCard(tabId),
  };
}
