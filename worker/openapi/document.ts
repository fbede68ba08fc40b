import { z } from 'zod';
import * as shared from '../../shared';
import { apiRoutes, type RouteDescription, readAllowedRoles } from '../../shared';
import { rateLimitPeriodSeconds } from '../http/rate-limit';

/** Route descriptions by name: shared/api/routes/ `apiRoutes`, or a changed copy of them in a test. */
export type RouteDescriptions = Readonly<Record<string, RouteDescription>>;

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

/** Exported zod schemas of shared/ ending in "Schema" become components named without the suffix. */
function collectNamedSchemas(): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  for (const [exportName, value] of Object.entries(shared)) {
    if (exportName.endsWith('Schema') && value instanceof z.ZodType && !names.has(value))
      names.set(value, exportName.slice(0, -'Schema'.length));
  }
  return names;
}

/**
 * Components for the schemas the routes use, one registry per direction: requests are described
 * as clients send them (`io: 'input'`: defaults optional), responses as the server answers them.
 * A schema shared/ does not export by name is named after its route (`ReadMeResponse`).
 */
function buildComponents(names: Map<z.ZodType, string>, routes: RouteDescriptions) {
  const requests = z.registry<{ id: string }>();
  const responses = z.registry<{ id: string }>();
  const add = (registry: typeof requests, schema: z.ZodType, fallbackName: string) => {
    const name = registry.get(schema)?.id ?? names.get(schema) ?? fallbackName;
    if (!registry.has(schema)) registry.add(schema, { id: name });
    return name;
  };
  const refs = new Map<RouteDescription, { body?: string; responses: Record<number, string> }>();
  add(responses, shared.ErrorBodySchema, 'ErrorBody');
  for (const [routeName, route] of Object.entries(routes)) {
    const fallbackName = routeName.charAt(0).toUpperCase() + routeName.slice(1);
    const body = route.body && add(requests, route.body.schema, `${fallbackName}Request`);
    const routeResponses: Record<number, string> = {};
    for (const [status, response] of Object.entries(route.responses))
      if (response.schema) routeResponses[Number(status)] = add(responses, response.schema, `${fallbackName}Response`);
    refs.set(route, { body, responses: routeResponses });
  }
  const uri = (id: string) => `#/components/schemas/${id}`;
  const generated = {
    ...z.toJSONSchema(requests, { io: 'input', uri, unrepresentable: 'any' }).schemas,
    ...z.toJSONSchema(responses, { io: 'output', uri, unrepresentable: 'any' }).schemas,
  };
  const schemas = Object.fromEntries(
    // `$id` would be a fragment URI (invalid in JSON Schema 2020-12); OpenAPI names components by key.
    Object.entries(generated).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema as JsonSchema]),
  );
  return { schemas, refs };
}

const paramDescriptions: Record<string, string> = {
  ws: 'Workspace id. A workspace the token does not belong to answers 404, as if it did not exist.',
  memberId: 'Member id (from GET …/members).',
  inviteId: 'Invite id (from creating or listing invites).',
};

/** Hono's `/a/:b` as OpenAPI's `/a/{b}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function describeParameters(route: RouteDescription) {
  const pathParams = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    description: paramDescriptions[name] ?? name,
    schema: { type: 'string' },
  }));
  const queryParams = Object.entries(route.query?.shape ?? {}).map(([name, schema]) => {
    const { $schema: _, description, ...jsonSchema } = z.toJSONSchema(schema as z.ZodType, { io: 'input' });
    const required = !(schema as z.ZodType).safeParse(undefined).success;
    return { name, in: 'query', required, description, schema: jsonSchema };
  });
  return [...pathParams, ...queryParams];
}

const errorRef = { $ref: '#/components/schemas/ErrorBody' };

/** The generic errors a route can answer, from its auth, body, query and rate limit. */
function describeErrors(route: RouteDescription): Record<number, string> {
  const errors: Record<number, string> = {};
  if (route.body) errors[400] = 'Malformed JSON (invalid_json) or invalid fields (invalid_body).';
  else if (route.query) errors[400] = 'Invalid query parameters (invalid_query).';
  if (route.auth === 'member') errors[401] = 'Missing, unknown or revoked token (unauthorized).';
  if (route.auth === 'bootstrap') errors[401] = 'Missing or wrong bootstrap secret (unauthorized).';
  const roles = readAllowedRoles(route);
  if (route.auth === 'member' && roles.length < shared.allRoles.length)
    errors[403] = `Roles other than ${roles.join(', ')} (forbidden).`;
  if (route.path.includes(':ws')) errors[404] = 'The workspace is not the token’s (not_found).';
  if (route.body) {
    errors[413] = 'The body is over the size limit (payload_too_large).';
    errors[415] = 'The body is not sent as application/json (unsupported_media_type).';
  }
  if (route.auth === 'member' || route.isLimitedPerAddress)
    errors[429] = `Rate limit reached (rate_limited); retry after the Retry-After header (${rateLimitPeriodSeconds} s).`;
  for (const [status, description] of Object.entries(route.errors ?? {})) {
    const generic = errors[Number(status)];
    errors[Number(status)] = generic ? `${description} Or: ${generic}` : description;
  }
  return errors;
}

function describeOperation(
  route: RouteDescription,
  refs: { body?: string; responses: Record<number, string> },
): Operation {
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const ref = refs.responses[Number(status)];
    const content: Record<string, unknown> = {};
    if (ref) content['application/json'] = { schema: { $ref: `#/components/schemas/${ref}` } };
    if (response.contentType && !ref) content[response.contentType] = {};
    if (response.textAlternative) content[response.textAlternative] = { schema: { type: 'string' } };
    responses[status] = { description: response.description, ...(Object.keys(content).length ? { content } : {}) };
  }
  for (const [status, description] of Object.entries(describeErrors(route)))
    responses[status] = { description, content: { 'application/json': { schema: errorRef } } };
  const roles = readAllowedRoles(route);
  const method = route.method.toLowerCase();
  return {
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    operationId: `${method}${toOpenApiPath(route.path).replace(/[^A-Za-z0-9]+(\w)?/g, (_, next = '') => next.toUpperCase())}`,
    security:
      route.auth === 'member' ? [{ memberToken: [] }] : route.auth === 'bootstrap' ? [{ bootstrapSecret: [] }] : [],
    ...(roles.length ? { 'x-roles': roles } : {}),
    parameters: describeParameters(route),
    ...(refs.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${refs.body}` } } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the API, generated from the route descriptions and their zod schemas only. */
export function buildOpenApiDocument(version: string, routes: RouteDescriptions = apiRoutes) {
  const { schemas, refs } = buildComponents(collectNamedSchemas(), routes);
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of Object.values(routes)) {
    const path = toOpenApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = describeOperation(route, refs.get(route)!);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Interim PMO API',
      version,
      description:
        'Offline-first sync and directory API of Interim PMO. Errors are `{ "error": { "code", "message", "details"? } }` with a 4xx status; a 5xx is a bug. ' +
        `Each member token has a request budget per ${rateLimitPeriodSeconds} s, and so has each address on the routes without a token and for tokens that match no member (an address over that budget is refused even with a valid token until the period ends); over it the answer is 429 rate_limited with a Retry-After header.`,
    },
    tags: [...new Set(Object.values(routes).map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        memberToken: {
          type: 'http',
          scheme: 'bearer',
          description: `A member token (ipmo_…), limited to a number of requests per ${rateLimitPeriodSeconds} s.`,
        },
        bootstrapSecret: { type: 'http', scheme: 'bearer', description: "The deployment's BOOTSTRAP_SECRET." },
      },
      schemas,
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
