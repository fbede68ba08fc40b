import { z } from 'zod';
import { formatMessageRef, type Language } from './i18n/format-message';
import type { MessageRef } from './i18n/message-ref';
import { MessageRefSchema } from './i18n/message-ref-schema';

/**
 * An error as a value: a stable machine code and a sentence that tells a person what to do. `message`
 * is that sentence in English (logs, API clients); `ref`, when present, is the same sentence as a
 * catalog key and params, to show in the reader's language (formatAppError). A `ref` this build
 * cannot read is dropped rather than failing the whole answer that carries it.
 */
export const AppErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  ref: MessageRefSchema.optional().catch(undefined),
  details: z.unknown().optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a success value. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps a failure with its code and human message. */
export const fail = (code: string, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/**
 * Wraps a refusal whose sentence is a catalog message: `message` is its English text, `ref` lets
 * each reader see it in their own language. Mutators refuse with this, never with an English-only fail.
 */
export function refuse(code: string, ref: MessageRef, details?: unknown): Result<never> {
  const error: AppError = { code, message: formatMessageRef('en', ref), ref };
  return { ok: false, error: details === undefined ? error : { ...error, details } };
}

/** The sentence of an error in `language`: its catalog message when it has one, else its English `message`. */
export function formatAppError(language: Language, error: Pick<AppError, 'message' | 'ref'>): string {
  return error.ref ? formatMessageRef(language, error.ref) : error.message;
}

/** Turns zod issues into one readable sentence naming each bad field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : 'body';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
