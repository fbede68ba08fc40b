import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../shared';
import app from '../../worker/index';
import { escapeHtml } from '../../worker/openapi/render-docs';
import { call } from './api';

type Document = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
  components: { schemas: Record<string, unknown> };
};

/** `METHOD /path` of every route the Hono app really serves (middleware entries left out). */
function servedRoutes(): string[] {
  const routes = app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method} ${route.path}`);
  return [...new Set(routes)].sort();
}

describe('GET /v1/openapi.json', () => {
  it('documents exactly the routes the app serves, so the docs cannot drift', async () => {
    const documented = Object.values(apiRoutes)
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    expect(documented).toEqual(servedRoutes());
    const { json } = await call<Document>('/v1/openapi.json');
    const inDocument = Object.entries(json.paths)
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    expect(inDocument).toEqual(servedRoutes());
  });

  it('is OpenAPI 3.1 with every $ref resolvable and the error body on every error status', async () => {
    const { status, json } = await call<Document>('/v1/openapi.json');
    expect(status).toBe(200);
    expect(json.openapi).toBe('3.1.0');
    const refs = [...JSON.stringify(json).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      ([, name]) => name,
    );
    expect(refs.length).toBeGreaterThan(20);
    for (const name of refs) expect(json.components.schemas).toHaveProperty(name);
    for (const methods of Object.values(json.paths)) {
      for (const operation of Object.values(methods)) {
        for (const [code, response] of Object.entries(operation.responses)) {
          if (Number(code) >= 400)
            expect(JSON.stringify(response)).toContain('"$ref":"#/components/schemas/ErrorBody"');
        }
      }
    }
  });

  it('documents only the errors a route can answer', async () => {
    const { json } = await call<Document>('/v1/openapi.json');
    expect(Object.keys(json.paths['/v1/health'].get.responses)).toEqual(['200']);
    expect(Object.keys(json.paths['/v1/workspaces/{ws}/pull'].post.responses).sort()).toEqual(
      ['200', '400', '401', '403', '404', '413', '415', '429'].sort(),
    );
    expect(Object.keys(json.paths['/v1/workspaces/{ws}/members'].get.responses).sort()).toEqual(
      ['200', '401', '404', '429'].sort(),
    );
  });

  it('describes request bodies from the shared zod schemas as clients send them', async () => {
    const { json } = await call<Document>('/v1/openapi.json');
    const invite = json.components.schemas.CreateInviteRequest as {
      properties: Record<string, { enum?: string[]; default?: number }>;
      required?: string[];
    };
    expect(invite.properties.role.enum).toEqual(['pmo', 'pm', 'contributor', 'viewer']);
    expect(invite.properties.expiresInHours.default).toBe(72);
    expect(invite.required ?? []).not.toContain('expiresInHours');
    expect(json.paths['/v1/workspaces/{ws}/members/{memberId}'].patch.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateMemberRequest' } } },
    });
  });
});

describe('GET /v1/docs', () => {
  it('serves a self-contained HTML reference: every route, every schema, no script or external resource', async () => {
    const response = await app.request('https://api.test/v1/docs', {}, { API_VERSION: '0.1.0' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await response.text();
    for (const route of Object.values(apiRoutes))
      expect(html).toContain(escapeHtml(route.path.replace(/:(\w+)/g, '{$1}')));
    expect(html).toContain('id="schema-PullResponse"');
    expect(html).toContain('href="#schema-ErrorBody"');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('escapes every piece of text it renders', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });
});
