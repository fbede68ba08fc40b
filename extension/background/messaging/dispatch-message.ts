import type { z } from 'zod';
import { i18n } from '#i18n';
import { formatAppError } from '../../../shared/result';
import {
  type MessageError,
  type MessageOutputs,
  type MessageResult,
  type MessageType,
  messageInputSchemas,
  messageSenders,
  messageTypes,
  type ValidMessageInput,
} from '../../messaging/protocol';
import { readUiLanguage } from '../../messaging/ui-language';
import type { VerifiedSender } from './identify-sender';

/** Who sent a message, as the browser tells the background: handlers narrow a content script's data with it. */
export interface MessageContext {
  sender: VerifiedSender;
}

/** One handler per message type; each gets validated input and answers a Result. */
export type MessageHandlers = {
  [K in MessageType]: (
    input: ValidMessageInput<K>,
    context: MessageContext,
  ) => Promise<MessageResult<MessageOutputs[K]>>;
};

/** The answer to a sender that may not send this message, or not with this data (a handler's narrowing). */
export function senderNotAllowed(type: MessageType): { ok: false; error: MessageError } {
  return { ok: false, error: { code: 'sender_not_allowed', message: i18n.t('security.senderNotAllowed', [type]) } };
}

/**
 * Checks that the sender may send the message (protocol.ts `messageSenders`), validates its data
 * and runs its handler. Never throws: a refused sender, a bad input or a failing handler becomes
 * an error value, so the sender always gets an answer it can show.
 */
export async function dispatchMessage<K extends MessageType>(
  handlers: MessageHandlers,
  type: K,
  data: unknown,
  sender: VerifiedSender,
): Promise<MessageResult<MessageOutputs[K]>> {
  if (!messageTypes.includes(type)) {
    return { ok: false, error: { code: 'unknown_message', message: i18n.t('errors.unknownMessage', [String(type)]) } };
  }
  const allowed: readonly string[] = messageSenders[type];
  // Checked before the data: a refused sender learns nothing about what the message expects.
  if (!sender.contexts.some((context) => allowed.includes(context))) return senderNotAllowed(type);
  const parsed = (messageInputSchemas[type] as unknown as z.ZodType<ValidMessageInput<K>>).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: i18n.t('errors.invalidInput', [String(type), parsed.error.issues.map(describeIssue).join('; ')]),
        ...(typeof field === 'string' ? { field } : {}),
      },
    };
  }
  try {
    return inReaderLanguage(await handlers[type](parsed.data, { sender }));
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: i18n.t('errors.internal', [String(error)]) } };
  }
}

/**
 * A refusal of the shared mutators carries its sentence as a catalog message (`ref`); the sender
 * shows `message`, so it gets that sentence in the browser's language, here, once for every message.
 */
function inReaderLanguage<T>(result: MessageResult<T>): MessageResult<T> {
  if (result.ok || !result.error.ref) return result;
  return { ok: false, error: { ...result.error, message: formatAppError(readUiLanguage(), result.error) } };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
