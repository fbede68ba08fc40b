import { onMessage } from '../../messaging/messenger';
import { messageTypes } from '../../messaging/protocol';
import { dispatchMessage, type MessageHandlers } from './dispatch-message';
import { identifySender, type SenderFacts } from './identify-sender';

/**
 * Routes every message type to its handler, with the sender as the browser describes it (never as
 * the message claims); call once, synchronously, when the background starts.
 */
export function listenForMessages(handlers: MessageHandlers, facts: SenderFacts): void {
  for (const type of messageTypes) {
    // `type` is the union of every message, and TypeScript relates a union answer to the union of
    // answers member by member only up to 25 members; dispatchMessage types each answer already.
    onMessage(
      type,
      async (message) =>
        dispatchMessage(handlers, type, message.data, await identifySender(message.sender, facts)) as Promise<never>,
    );
  }
}
