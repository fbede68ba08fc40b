import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** Pages and content scripts send; only the background listens. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
