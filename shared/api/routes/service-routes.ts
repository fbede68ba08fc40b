import { HealthResponseSchema } from '../schemas';
import { defineRoute } from './route-description';

const tag = 'Service';

/** Liveness and the API's own description (worker/routes/health.ts, worker/routes/docs.ts); never rate limited. */
export const serviceRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/v1/health',
    tag,
    summary: 'Liveness and API version',
    auth: 'none',
    responses: { 200: { description: 'The Worker is up.', schema: HealthResponseSchema } },
  }),
  openApiDocument: defineRoute({
    method: 'GET',
    path: '/v1/openapi.json',
    tag,
    summary: 'This API as an OpenAPI 3.1 document',
    auth: 'none',
    responses: { 200: { description: 'The OpenAPI document.', contentType: 'application/json' } },
  }),
  docsPage: defineRoute({
    method: 'GET',
    path: '/v1/docs',
    tag,
    summary: 'This API reference as a web page',
    auth: 'none',
    responses: { 200: { description: 'A self-contained HTML page.', contentType: 'text/html' } },
  }),
};
