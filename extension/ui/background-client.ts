import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { i18n } from '#i18n';
import { sendMessage } from '../messaging/messenger';
import type { MessageInput, MessageOutputs, MessageResult, MessageType } from '../messaging/protocol';

/** How pages talk to the background; a context so tests can answer in its place. */
export interface BackgroundClient {
  send<K extends MessageType>(type: K, input: MessageInput<K>): Promise<MessageResult<MessageOutputs[K]>>;
}

/** Sends through the typed messenger; a background that cannot be reached becomes an error value too. */
export const extensionBackgroundClient: BackgroundClient = {
  async send(type, input) {
    try {
      const send = sendMessage as unknown as (t: typeof type, i: typeof input) => Promise<MessageResult<never>>;
      return await send(type, input);
    } catch (error) {
      return {
        ok: false,
        error: { code: 'background_unavailable', message: i18n.t('errors.backgroundUnavailable', [String(error)]) },
      };
    }
  },
};

export const BackgroundClientContext = createContext<BackgroundClient>(extensionBackgroundClient);

/** The client pages use to send messages to the background. */
export function useBackgroundClient(): BackgroundClient {
  return useContext(BackgroundClientContext);
}
