import { Hono } from 'hono';
import { apiRoutes } from '../../shared';
import type { AppEnv } from '../env';
import { servedAs } from '../http/guard-route';
import { buildOpenApiDocument, type OpenApiDocument } from '../openapi/document';
import { renderDocsPage } from '../openapi/render-docs';

// Built once per isolate: the document only changes with a deploy.
let document: OpenApiDocument | undefined;
let page: string | undefined;

function readDocument(version: string): OpenApiDocument {
  document ??= buildOpenApiDocument(version);
  return document;
}

/**
 * No script, no external resource: the page is static HTML and must stay that way. Never in a
 * frame either (with X-Frame-Options DENY from worker/http/security-headers.ts for old browsers).
 */
const pagePolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** `GET /v1/openapi.json` and `GET /v1/docs`: the API as its descriptions in shared/api/routes/ tell it. */
export const docs = new Hono<AppEnv>()
  .on(...servedAs(apiRoutes.openApiDocument), (c) => c.json(readDocument(c.env.API_VERSION)))
  .on(...servedAs(apiRoutes.docsPage), (c) => {
    page ??= renderDocsPage(readDocument(c.env.API_VERSION));
    return c.html(page, 200, { 'Content-Security-Policy': pagePolicy });
  });
