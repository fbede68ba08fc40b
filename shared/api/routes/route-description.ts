import type { z } from 'zod';
import type { Role } from '../../schemas/common';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One answer of a route, by status. */
export interface ResponseDescription {
  description: string;
  /** JSON body schema; absent for an empty body or a non-JSON one. */
  schema?: z.ZodType;
  /** Defaults to application/json when `schema` is set. */
  contentType?: string;
  /** Another media type the same status can answer, as text (the portfolio's `?format=csv`). */
  textAlternative?: string;
}

/** Bodies of the directory routes are a few fields; 16 KiB leaves room for long names and nothing else. */
export const maxSmallBodyBytes = 16 * 1024;

/** A JSON request body and how the Worker reads it (worker/http/read-json-body.ts) before validating it. */
export interface BodyDescription {
  schema: z.ZodType;
  /** Bytes read before answering 413. */
  maxBytes: number;
  /** What to do about an oversized body, appended to the 413 message. */
  splitHint: string;
  /** Keys whose values someone else checks for prototype keys (push leaves a mutation's `args` to its guard). */
  opaqueKeys?: readonly string[];
}

interface RouteBase {
  method: HttpMethod;
  /** Hono's path syntax (`:ws`); the OpenAPI document turns it into `{ws}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Counted per client address, for routes without a member token (worker/http/rate-limit.ts). */
  isLimitedPerAddress?: boolean;
  query?: z.ZodObject;
  body?: BodyDescription;
  responses: Readonly<Record<number, ResponseDescription>>;
  /** Errors specific to the route; the generic ones follow from auth, body, query and rate limits. */
  errors?: Readonly<Record<number, string>>;
}

/** A route anyone may call, or only with the deployment's bootstrap secret. */
export interface OpenRoute extends RouteBase {
  auth: 'none' | 'bootstrap';
}

/** A route for a member token (of the `:ws` workspace), limited per token. */
export interface MemberRoute extends RouteBase {
  auth: 'member';
  /** Member roles let through; the others get 403. */
  roles: readonly Role[];
  /** Completes "A viewer cannot …" in that 403. */
  action?: string;
}

/**
 * One route of the API, described once: the Worker's guards and validation
 * (worker/http/guard-route.ts), the OpenAPI document (worker/openapi/document.ts) and the
 * extension's client (extension/background/worker-api/) all derive from it.
 */
export type RouteDescription = OpenRoute | MemberRoute;

/** Keeps the literal types of a description (path, schemas), so the Worker and the client are typed from it. */
export function defineRoute<const R extends RouteDescription>(route: R): R {
  return route;
}

/**
 * The access part of a member route: who may call it, and how a refused role's 403 ends
 * ("A viewer cannot …"). Spread into a description so each route states its access in one line.
 */
export function memberAccess<const Roles extends readonly Role[]>(
  roles: Roles,
  action?: string,
): { auth: 'member'; roles: Roles; action?: string } {
  return action === undefined ? { auth: 'member', roles } : { auth: 'member', roles, action };
}

/** The roles a route lets through: none for routes without a member token. */
export function readAllowedRoles(route: RouteDescription): readonly Role[] {
  return route.auth === 'member' ? route.roles : [];
}

/** `{ ws: string, … }` for each `:name` of a Hono path. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name | keyof PathParams<`/${Rest}`>]: string }
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, string>;

/** The body a client sends (before defaults), or undefined for a route without one. */
export type RouteBody<R> = R extends { body: { schema: infer S extends z.ZodType } } ? z.input<S> : undefined;

/** The query a client sends, or undefined for a route without one. */
export type RouteQuery<R> = R extends { query: infer Q extends z.ZodType } ? z.input<Q> : undefined;

type SuccessStatus = 200 | 201 | 202 | 204;

/** What a route answers on success, as its response schema parses it; undefined for an empty answer. */
export type RouteAnswer<R> = R extends { responses: infer Responses }
  ? {
      [S in keyof Responses & SuccessStatus]: Responses[S] extends { schema: infer T extends z.ZodType }
        ? z.output<T>
        : undefined;
    }[keyof Responses & SuccessStatus]
  : never;
