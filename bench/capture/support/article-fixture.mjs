// Loads the fixture article (TypeScript, test/fixtures/article) into this plain Node script: bundled
// with esbuild into a temporary module, its folder pinned so it still finds its client files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const fixtureDir = resolve(import.meta.dirname, '../../../test/fixtures/article');

/** Starts the fixture article on 127.0.0.1: `{ articleUrl, close }` and the rest of ArticleFixture. */
export async function startArticle() {
  const outDir = mkdtempSync(join(tmpdir(), 'ipmo-bench-article-'));
  const outfile = join(outDir, 'article-fixture.mjs');
  try {
    await build({
      entryPoints: [join(fixtureDir, 'server.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      define: { 'import.meta.dirname': JSON.stringify(fixtureDir) },
      logLevel: 'warning',
    });
    const { startArticleFixture } = await import(pathToFileURL(outfile).href);
    return await startArticleFixture();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
