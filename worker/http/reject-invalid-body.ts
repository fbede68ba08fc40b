import type { Context } from 'hono';
import { describeZodError, maxMutationsPerPush } from '../../shared';
import { httpError, respondError } from './errors';

type ZodLikeError = Parameters<typeof describeZodError>[0];

/** A push over the mutation limit is a 413 like the byte limit, whatever else is wrong with it. */
function hasTooManyMutations(error: ZodLikeError): boolean {
  return error.issues.some(
    (issue) => issue.code === 'too_big' && issue.path.length === 1 && issue.path[0] === 'mutations',
  );
}

/**
 * zValidator hook for every body: a zod failure becomes 400 `invalid_body` with one sentence naming
 * each bad field and the issues as details; too many mutations in a push becomes 413.
 */
export function rejectInvalidBody(result: { success: true } | { success: false; error: unknown }, c: Context) {
  if (result.success) return undefined;
  const error = result.error as ZodLikeError;
  if (hasTooManyMutations(error)) {
    return respondError(
      c,
      httpError(
        413,
        'payload_too_large',
        `A push carries at most ${maxMutationsPerPush} mutations. Send the rest in another push.`,
        { maxMutations: maxMutationsPerPush },
      ),
    );
  }
  return respondError(
    c,
    httpError(400, 'invalid_body', `The request body is invalid: ${describeZodError(error)}.`, error.issues),
  );
}

/** zValidator hook for query strings: a zod failure becomes 400 `invalid_query` naming each bad parameter. */
export function rejectInvalidQuery(result: { success: true } | { success: false; error: unknown }, c: Context) {
  if (result.success) return undefined;
  const error = result.error as ZodLikeError;
  return respondError(
    c,
    httpError(400, 'invalid_query', `The query string is invalid: ${describeZodError(error)}.`, error.issues),
  );
}
