import type { z } from 'zod';
import { i18n } from '#i18n';
import {
  type MessageOutputs,
  type MessageResult,
  type MessageType,
  messageInputSchemas,
  messageTypes,
  type ValidMessageInput,
} from './protocol';

/** Who sent a message, as the browser tells the background; handlers that open tabs beside the sender use it. */
export interface MessageContext {
  senderTab?: { id?: number; index: number; windowId?: number };
}

/** One handler per message type; each gets validated input and answers a Result. */
export type MessageHandlers = {
  [K in MessageType]: (
    input: ValidMessageInput<K>,
    context?: MessageContext,
  ) => Promise<MessageResult<MessageOutputs[K]>>;
};

/**
 * Validates a message's data and runs its handler. Never throws: a bad input or a failing
 * handler becomes an error value, so the sender always gets an answer it can show.
 */
export async function dispatchMessage<K extends MessageType>(
  handlers: MessageHandlers,
  type: K,
  data: unknown,
  context: MessageContext = {},
): Promise<MessageResult<MessageOutputs[K]>> {
  if (!messageTypes.includes(type)) {
    return { ok: false, error: { code: 'unknown_message', message: i18n.t('errors.unknownMessage', [String(type)]) } };
  }
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
    return await handlers[type](parsed.data, context);
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: i18n.t('errors.internal', [String(error)]) } };
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
