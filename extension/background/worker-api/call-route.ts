import { z } from 'zod';
import type { RouteAnswer, RouteBody, RouteDescription, RouteQuery } from '../../../shared/api/routes';
import type { Result } from '../../../shared/result';
import { type ApiError, type FetchFn, requestJson } from './request-json';

/** One call of a route: where, as whom, and what its description says it takes. */
export interface RouteCall<R extends RouteDescription> {
  serverUrl: string;
  /** A member token, or the bootstrap secret for workspace creation. */
  token?: string;
  /** A value for each `:name` of the route's path. */
  params?: Readonly<Record<string, string>>;
  body?: RouteBody<R>;
  query?: RouteQuery<R>;
}

/** The route's path with each `:name` replaced by its encoded value; a missing one is a bug in the caller. */
export function fillPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`No value for :${name} of ${path}`);
    return encodeURIComponent(value);
  });
}

function toQueryString(query: object | undefined): string {
  const entries = Object.entries(query ?? {}).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}`;
}

/** The schema of the route's success answer; a route without one answers an empty body. */
function readAnswerSchema(route: RouteDescription): z.ZodType {
  const success = Object.entries(route.responses).find(([status]) => Number(status) < 300)?.[1];
  return success?.schema ?? z.undefined();
}

/**
 * Calls a route as its description says (method, path, body) and parses the answer with the
 * description's response schema; never throws for anything the network or the server does.
 */
export function callRoute<R extends RouteDescription>(
  fetchFn: FetchFn,
  route: R,
  call: RouteCall<R>,
): Promise<Result<RouteAnswer<R>, ApiError>> {
  return requestJson(fetchFn, {
    serverUrl: call.serverUrl,
    path: `${fillPath(route.path, call.params)}${toQueryString(call.query as object | undefined)}`,
    method: route.method,
    token: call.token,
    body: call.body,
    schema: readAnswerSchema(route) as z.ZodType<RouteAnswer<R>>,
  });
}
