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
    onMessage(type, async (message) =>
      dispatchMessage(handlers, type, message.data, await identifySender(message.sender, facts)),
    );
  }
}
