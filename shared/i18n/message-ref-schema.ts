import { z } from 'zod';
import { en } from './en';
import type { MessageRef } from './message-ref';

/** Text, a number, a `{ date }`, a nested message or a list of them (see ParamValue). */
function isParamValue(value: unknown): boolean {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return true;
  if (Array.isArray(value)) return value.every(isParamValue);
  if (typeof value !== 'object' || value === null) return false;
  if ('key' in value) return isMessageRef(value);
  return typeof (value as { date?: unknown }).date === 'string';
}

/** Whether `value` is a MessageRef this build can format: a key of the catalog and well-formed params. */
export function isMessageRef(value: unknown): value is MessageRef {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  return (
    typeof key === 'string' &&
    Object.hasOwn(en, key) &&
    typeof params === 'object' &&
    params !== null &&
    !Array.isArray(params) &&
    Object.values(params).every(isParamValue)
  );
}

/**
 * A MessageRef as it travels in JSON (an AppError's `ref`). A key this build's catalog lacks fails,
 * so a client older than the server falls back to the English `message` instead of showing a key.
 * Params are checked by isMessageRef rather than by a recursive zod schema, which the OpenAPI
 * components of worker/openapi/document.ts cannot name; hence the cast to the type it guarantees.
 */
export const MessageRefSchema = z
  .object({ key: z.string(), params: z.record(z.string(), z.unknown()) })
  .refine(isMessageRef, 'must be a key of the message catalog with text, number, date, message or list params')
  .describe(
    'The message as a catalog key and its params, to show in the reader’s language (shared/i18n/en.ts).',
  ) as unknown as z.ZodType<MessageRef>;
