import type { z } from 'zod';
import { i18n } from '#i18n';
import type { HttpMethod } from '../../../shared/api/routes';
import { ErrorBodySchema } from '../../../shared/api/schemas';
import { parseRetryAfter } from '../../../shared/http/retry-after';
import type { AppError, Result } from '../../../shared/result';

export { maxRetryAfterMs, parseRetryAfter } from '../../../shared/http/retry-after';

/** A failed call: the server's `{error:{code,message}}` with its status, or no status when it was never reached. */
export interface ApiError extends AppError {
  status?: number;
  /** How long the server asked us to wait (its `Retry-After`, on a 429 or 503), in milliseconds. */
  retryAfterMs?: number;
}

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface JsonRequest<T> {
  serverUrl: string;
  path: string;
  method: HttpMethod;
  token?: string;
  body?: unknown;
  schema: z.ZodType<T>;
}

/** Long enough for a slow first request to a cold Worker, short enough that the UI says "offline" soon. */
export const requestTimeoutMs = 10_000;

/** A gateway that could not reach the Worker (502, 504), or a Worker restarting or deploying (503). */
const gatewayStatuses: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * Network failures mean "offline / unreachable": edits stay pending and nothing is shown as a
 * failure. A gateway's 502/503/504 is the same for the user: the server is out of reach for now.
 */
export function isNetworkFailure(error: ApiError): boolean {
  if (error.status !== undefined) return gatewayStatuses.has(error.status);
  return error.code === 'unreachable' || error.code === 'timeout';
}

/** Calls the Worker and checks the answer against its schema; never throws. */
export async function requestJson<T>(fetchFn: FetchFn, request: JsonRequest<T>): Promise<Result<T, ApiError>> {
  const { serverUrl, path, method, token, body, schema } = request;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(`${serverUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, error: describeNetworkFailure(serverUrl, error) };
  }
  const json = parseJson(text);
  if (!response.ok) return { ok: false, error: describeHttpFailure(response, json) };
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'bad_response', message: i18n.t('errors.badResponse', [serverUrl]), status: response.status },
    };
  }
  return { ok: true, value: parsed.data };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeNetworkFailure(serverUrl: string, error: unknown): ApiError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { code: 'timeout', message: i18n.t('errors.timeout', [serverUrl, String(requestTimeoutMs / 1000)]) };
  }
  return { code: 'unreachable', message: i18n.t('errors.unreachable', [serverUrl]) };
}

function describeHttpFailure(response: Response, json: unknown): ApiError {
  const { status } = response;
  const body = ErrorBodySchema.safeParse(json);
  const error: ApiError = body.success
    ? { ...body.data.error, status }
    : { code: `http_${status}`, message: i18n.t('errors.httpStatus', [String(status)]), status };
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  return error;
}
