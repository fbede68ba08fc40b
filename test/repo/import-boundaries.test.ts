import { dirname, join, normalize } from 'node:path';
import { type ESTree, parseSync, Visitor } from 'vite';
import { describe, expect, it } from 'vitest';
import { listRepositoryFiles, readRepositoryFile } from './repository-files';

// Each folder of extension/ says where its code runs, and no runtime context imports code written for
// another one (docs/architecture.md "Folder layout and what runs where"). Type imports count too: a
// type that two contexts need lives in messaging/, db/ or permissions/, never in one of the contexts.

const contexts = [
  'background',
  'content',
  'pages',
  'ui',
  'messaging',
  'db',
  'permissions',
  'locales',
  'build',
] as const;
type Context = (typeof contexts)[number];

/** What each folder may not import (a folder of extension/, or a package), and why. */
const rules: Record<Context, { forbidden: readonly string[]; why: string }> = {
  background: { forbidden: ['pages', 'ui', 'content'], why: 'the service worker renders nothing' },
  content: {
    forbidden: ['background', 'pages', 'db', 'permissions', 'dexie'],
    why: "a content script runs in the page's origin: it asks the background, never opens IndexedDB",
  },
  pages: { forbidden: ['background', 'content'], why: 'extension pages reach the background by message only' },
  ui: {
    forbidden: ['background', 'pages', 'content', 'db', 'permissions', 'dexie'],
    why: 'pages and content scripts both render ui/, so it keeps the rules of both',
  },
  messaging: {
    forbidden: ['background', 'pages', 'content', 'ui', 'db', 'permissions', 'dexie'],
    why: 'every context imports messaging/, so it needs nothing but shared/',
  },
  db: {
    forbidden: ['background', 'pages', 'content', 'ui', 'permissions'],
    why: 'the background writes and the pages read the one database',
  },
  permissions: {
    forbidden: ['background', 'pages', 'content', 'ui', 'db', 'dexie'],
    why: 'a page asks for a permission within a click and the background relies on it',
  },
  locales: { forbidden: [], why: 'catalogs import nothing' },
  build: {
    forbidden: ['background', 'pages', 'content', 'ui', 'messaging', 'db', 'permissions', 'dexie'],
    why: 'build steps run in Node while the extension is built, and ship nothing of their own',
  },
};

/** WXT names an entrypoint by its kind: `background`, `<name>.content`, and extension pages. */
function contextOfEntrypoint(name: string): Context {
  if (name === 'background') return 'background';
  return name.endsWith('.content') ? 'content' : 'pages';
}

/** The context a path of extension/ runs in; a path outside extension/ is named by its top folder. */
function contextOf(path: string): string {
  const [top, folder, ...rest] = path.split('/');
  if (top !== 'extension' || rest.length === 0) return top;
  if (folder !== 'entrypoints') return folder;
  // `background.ts` and `sheets.content.ts` are files, `jira.content/` and `popup/` folders.
  return contextOfEntrypoint(rest.length === 1 ? rest[0].replace(/\.[^.]+$/, '') : rest[0]);
}

/** The repository path a specifier names: relative, or WXT's `@/` `~/` (srcDir) and `@@/` `~~/` (root). */
function resolvePath(from: string, specifier: string): string | undefined {
  const path = specifier.replace(/[?#].*$/, '');
  if (path.startsWith('.')) return normalize(join(dirname(from), path));
  const alias = /^(@@|~~|@|~)\//.exec(path);
  if (alias) return normalize(join(alias[1].length === 2 ? '' : 'extension', path.slice(alias[0].length)));
  return undefined;
}

/** A package by its name (`dexie`, `@webext-core/messaging`), a file by its context. */
function targetOf(from: string, specifier: string): string {
  const path = resolvePath(from, specifier);
  if (path !== undefined) return contextOf(path);
  return specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');
}

/** Every specifier a script imports: static, side effect, re-export, dynamic, `import('…')` types, `require`. */
function readScriptSpecifiers(path: string, source: string): string[] {
  const lang = path.endsWith('.tsx') ? 'tsx' : /\.[cm]?ts$/.test(path) ? 'ts' : 'js';
  const parsed = parseSync(path, source, { lang, sourceType: 'module' });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0].message}`);
  const specifiers: string[] = [];
  const take = (node: ESTree.Expression | ESTree.StringLiteral | null) => {
    if (node?.type === 'Literal' && typeof node.value === 'string') specifiers.push(node.value);
    else if (node?.type === 'TemplateLiteral' && node.expressions.length === 0)
      specifiers.push(node.quasis[0].value.cooked ?? '');
    else if (node) throw new Error(`${path}: an import whose specifier is computed cannot be checked`);
  };
  new Visitor({
    ImportDeclaration: (node) => take(node.source),
    ExportNamedDeclaration: (node) => take(node.source),
    ExportAllDeclaration: (node) => take(node.source),
    ImportExpression: (node) => take(node.source),
    TSImportType: (node) => take(node.source),
    TSExternalModuleReference: (node) => take(node.expression),
  }).visit(parsed.program);
  return specifiers;
}

function readSpecifiers(path: string): string[] {
  const source = readRepositoryFile(path);
  if (/\.[cm]?[jt]sx?$/.test(path)) return readScriptSpecifiers(path, source);
  if (path.endsWith('.css'))
    return [...source.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@import\s+(?:url\()?\s*["']([^"']+)["']/g)].map(
      (match) => match[1],
    );
  if (path.endsWith('.html')) return [...source.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  return [];
}

const extensionFiles = listRepositoryFiles().filter((path) => path.startsWith('extension/'));
const imports = extensionFiles.flatMap((path) =>
  readSpecifiers(path).map((specifier) => ({ path, specifier, target: targetOf(path, specifier) })),
);

describe('runtime contexts of the extension', () => {
  it('every file of extension/ is in a folder that says where it runs', () => {
    const strays = extensionFiles.filter((path) => {
      const context = contextOf(path);
      return context !== 'extension' && !(contexts as readonly string[]).includes(context);
    });
    expect(strays).toEqual([]);
  });

  it.each(contexts.filter((context) => rules[context].forbidden.length > 0))(
    'code in %s/ imports none of what its context may not reach',
    (context) => {
      const { forbidden, why } = rules[context];
      const crossings = imports
        .filter(({ path, target }) => contextOf(path) === context && forbidden.includes(target))
        .map(({ path, specifier, target }) => `${path} imports '${specifier}' (${target}): ${why}`);
      expect(crossings).toEqual([]);
    },
  );

  it('the reader sees every kind of import, types and dynamic ones included', () => {
    const sample = [
      "import type { A } from './a';",
      "import { type B, c } from '../b';",
      "import './side-effect.css';",
      "import css from './inline.css?inline';",
      "export { d } from './d';",
      "export * from './e';",
      "export type { F } from './f';",
      'const g = await import(`./g`);',
      "type H = import('./h').H;",
      'const i = \'import j from "./not-an-import"\';',
      "// import k from './comment'",
      'const l = <p>{i}</p>;',
    ].join('\n');
    expect(readScriptSpecifiers('sample.tsx', sample)).toEqual([
      './a',
      '../b',
      './side-effect.css',
      './inline.css?inline',
      './d',
      './e',
      './f',
      './g',
      './h',
    ]);
    expect(() => readScriptSpecifiers('computed.ts', 'const m = import(name);')).toThrow(/computed/);
  });
});
