import { dispatchMessage, type MessageHandlers } from './dispatch-message';
import { onMessage } from './messenger';
import { messageTypes } from './protocol';

/** Routes every message type to its handler; call once, synchronously, when the background starts. */
export function listenForMessages(handlers: MessageHandlers): void {
  for (const type of messageTypes) {
    onMessage(type, (message) => {
      const tab = message.sender.tab;
      const senderTab = tab ? { index: tab.index, id: tab.id, windowId: tab.windowId } : undefined;
      return dispatchMessage(handlers, type, message.data, senderTab ? { senderTab } : {});
    });
  }
}
