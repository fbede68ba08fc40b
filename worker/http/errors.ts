import type { Context } from 'hono';
import type { AppError } from '../../shared';

/** Statuses the API answers errors with; 500 only for bugs (docs/sync.md "Errors"). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 500;

/** An error as a value that also knows its HTTP status; crosses the Durable Object RPC boundary as plain data. */
export interface HttpError extends AppError {
  status: ErrorStatus;
}

/** Builds an HttpError; `details` is left out when undefined so bodies stay minimal. */
export function httpError(status: ErrorStatus, code: string, message: string, details?: unknown): HttpError {
  return details === undefined ? { status, code, message } : { status, code, message, details };
}

/** Answers `{ error: { code, message, details? } }` with the error's status (and extra headers, e.g. Retry-After). */
export function respondError(c: Context, error: HttpError, headers?: Record<string, string>): Response {
  const { status, ...body } = error;
  return c.json({ error: body }, status, headers);
}
