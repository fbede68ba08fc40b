import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRoutes, MeResponseSchema, type RouteDescription } from '../../shared';
import type { AppEnv } from '../../worker/env';
import { servedAs } from '../../worker/http/guard-route';
import app from '../../worker/index';
import { buildOpenApiDocument, type RouteDescriptions } from '../../worker/openapi/document';

type JsonSchema = { $ref?: string; properties?: Record<string, unknown>; required?: string[] };
type Document = ReturnType<typeof buildOpenApiDocument>;

/** `METHOD /path` of every route the Hono app serves: CORS and the `*` middleware (method ALL) left out. */
function readServedRoutes(): string[] {
  const served = app.routes.filter((route) => route.method !== 'ALL' && route.method !== 'OPTIONS');
  return [...new Set(served.map((route) => `${route.method} ${route.path}`))].sort();
}

function readDescribedRoutes(routes: RouteDescriptions): string[] {
  return Object.values(routes)
    .map((route) => `${route.method} ${route.path}`)
    .sort();
}

/** The JSON schema a route answers with on `status`, following its $ref into the components. */
function readAnswerSchema(document: Document, path: string, method: string, status: number): JsonSchema {
  const paths = document.paths as Record<string, Record<string, { responses: Record<number, unknown> }>>;
  const response = paths[path][method].responses[status] as { content: Record<string, { schema: JsonSchema }> };
  const ref = response.content['application/json'].schema.$ref ?? '';
  return document.components.schemas[ref.replace('#/components/schemas/', '')] as JsonSchema;
}

/** The descriptions with one more field in `GET /v1/me`'s answer, and nothing else changed. */
const withExtraMeField = {
  ...apiRoutes,
  readMe: {
    ...apiRoutes.readMe,
    responses: { 200: { ...apiRoutes.readMe.responses[200], schema: MeResponseSchema.extend({ extra: z.string() }) } },
  },
} satisfies RouteDescriptions;

describe('route descriptions (shared/api/routes/)', () => {
  it('are exactly what the Worker serves: every served route described, every description served, same method and path', () => {
    const described = readDescribedRoutes(apiRoutes);
    expect(new Set(described).size, 'two descriptions share a method and path').toBe(described.length);
    expect(readServedRoutes()).toEqual(described);
  });

  it('give the OpenAPI document a field added to one response schema, with no other edit', () => {
    const changed = readAnswerSchema(buildOpenApiDocument('test', withExtraMeField), '/v1/me', 'get', 200);
    expect(changed.properties).toHaveProperty('extra', { type: 'string' });
    expect(changed.required).toContain('extra');
    const real = readAnswerSchema(buildOpenApiDocument('test'), '/v1/me', 'get', 200);
    expect(real.properties).not.toHaveProperty('extra');
    expect(Object.keys(real.properties ?? {})).toEqual(['workspace', 'member']);
  });

  it("give the Worker its guards: the body's schema and byte limit come from the description", async () => {
    const body = { schema: z.object({ code: z.string().length(3) }), maxBytes: 40, splitHint: 'Keep it short.' };
    const route = { ...apiRoutes.acceptInvite, isLimitedPerAddress: false, body } satisfies RouteDescription;
    const echo = new Hono<AppEnv>().on(...servedAs(route), (c) => c.json(c.req.valid('json')));
    const send = (json: unknown) =>
      echo.request(route.path, {
        method: route.method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(json),
      });
    const accepted = await send({ code: 'abc', dropped: true });
    expect(await accepted.json()).toEqual({ code: 'abc' });
    const invalid = await send({ code: 'abcd' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: 'invalid_body' } });
    const tooLarge = await send({ code: 'abc', padding: 'x'.repeat(40) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: 'payload_too_large', details: { maxBytes: 40 } } });
  });
});
