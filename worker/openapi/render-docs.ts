import type { OpenApiDocument } from './document';

type Operation = {
  tags: string[];
  summary: string;
  description?: string;
  security: Record<string, unknown>[];
  'x-roles'?: string[];
  parameters: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
};

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values; every piece of the document goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char]);
}

/** Escaped prose with `code spans` shown as code, the one piece of markup the descriptions use. */
function renderProse(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const refPattern = /&quot;#\/components\/schemas\/([A-Za-z0-9_]+)&quot;/g;

/** A schema as indented JSON, escaped, with each $ref turned into a link to its component. */
function renderJson(value: unknown): string {
  const escaped = escapeHtml(JSON.stringify(value, null, 2));
  return `<pre>${escaped.replace(refPattern, (match, name: string) => `<a href="#schema-${name}">${match}</a>`)}</pre>`;
}

function schemaLink(ref: string): string {
  const name = ref.split('/').pop() ?? ref;
  return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
}

function operationAnchor(method: string, path: string): string {
  return `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

function describeAuth(operation: Operation): string {
  if (operation.security.some((scheme) => 'bootstrapSecret' in scheme)) return 'Bearer BOOTSTRAP_SECRET';
  if (!operation.security.some((scheme) => 'memberToken' in scheme)) return 'none';
  const roles = operation['x-roles'] ?? [];
  return `Bearer member token; roles: ${roles.join(', ')}`;
}

function renderParameters(operation: Operation): string {
  if (operation.parameters.length === 0) return '';
  const rows = operation.parameters.map(
    (parameter) =>
      `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${escapeHtml(parameter.in)}</td><td>${
        parameter.required ? 'yes' : 'no'
      }</td><td>${escapeHtml(parameter.description ?? '')}<code class="inline">${escapeHtml(JSON.stringify(parameter.schema))}</code></td></tr>`,
  );
  return `<h4>Parameters</h4><table><tr><th>Name</th><th>In</th><th>Required</th><th>Description and schema</th></tr>${rows.join('')}</table>`;
}

function renderResponses(operation: Operation): string {
  const rows = Object.entries(operation.responses).map(([status, response]) => {
    const types = Object.entries(response.content ?? {}).map(([type, media]) => {
      const ref = (media.schema as { $ref?: string } | undefined)?.$ref;
      return `${escapeHtml(type)}${ref ? ` ${schemaLink(ref)}` : ''}`;
    });
    const kind = Number(status) < 300 ? 'ok' : 'error';
    return `<tr><td class="${kind}">${escapeHtml(status)}</td><td>${escapeHtml(response.description)}</td><td>${types.join('<br>')}</td></tr>`;
  });
  return `<h4>Responses</h4><table><tr><th>Status</th><th>Meaning</th><th>Body</th></tr>${rows.join('')}</table>`;
}

function renderOperation(path: string, method: string, operation: Operation): string {
  const body = operation.requestBody?.content['application/json']?.schema.$ref;
  return `<section class="operation" id="${operationAnchor(method, path)}">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p><strong>${escapeHtml(operation.summary)}</strong>${operation.description ? ` ${renderProse(operation.description)}` : ''}</p>
<p class="auth">Auth: ${escapeHtml(describeAuth(operation))}</p>
${renderParameters(operation)}
${body ? `<h4>Request body</h4><p>application/json ${schemaLink(body)}</p>` : ''}
${renderResponses(operation)}
</section>`;
}

const styles = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1d2330}
h1{margin-bottom:0}code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f5f6f8;padding:.75rem;overflow:auto;border-radius:6px}
table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem}td,th{border:1px solid #dde1e7;padding:.3rem .5rem;text-align:left;vertical-align:top}
.operation{border-top:1px solid #dde1e7;padding-top:.5rem}.method{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;color:#fff;font-size:13px;padding:.1rem .4rem}
.get{background:#2f6fdb}.post{background:#1f8a4c}.patch{background:#b26b00}.delete{background:#c0392b}
.ok{color:#1f8a4c;font-weight:600}.error{color:#c0392b;font-weight:600}.auth{color:#555}code.inline{display:block;color:#555}
nav ul{columns:2}`;

/**
 * The API reference page: every operation grouped by tag with its auth, parameters, body and
 * responses, then every schema as indented JSON. Server-rendered, no script and no external
 * resource, so it works offline; all text is escaped.
 */
export function renderDocsPage(document: OpenApiDocument): string {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const sections = document.tags.map(({ name }) => {
    const inTag = operations.filter(({ operation }) => operation.tags.includes(name));
    return `<h2 id="tag-${escapeHtml(name)}">${escapeHtml(name)}</h2>${inTag
      .map(({ path, method, operation }) => renderOperation(path, method, operation))
      .join('\n')}`;
  });
  const toc = operations
    .map(
      ({ path, method, operation }) =>
        `<li><a href="#${operationAnchor(method, path)}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a> — ${escapeHtml(operation.summary)}</li>`,
    )
    .join('');
  const schemas = Object.entries(document.components.schemas)
    .map(([name, schema]) => `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${renderJson(schema)}`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</title><style>${styles}</style></head>
<body><h1>${escapeHtml(document.info.title)}</h1><p>Version ${escapeHtml(document.info.version)} · <a href="/v1/openapi.json">openapi.json</a></p>
<p>${renderProse(document.info.description)}</p>
<nav><h2>Endpoints</h2><ul>${toc}</ul></nav>
${sections.join('\n')}
<h2 id="schemas">Schemas</h2>
${schemas}
</body></html>`;
}
