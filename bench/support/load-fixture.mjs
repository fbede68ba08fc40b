// Loads a fixture server (TypeScript, under test/fixtures) into a plain Node bench script: bundled
// with esbuild into a temporary module, its folder pinned so it still finds its client files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The exports of `test/fixtures/<name>/server.ts`. */
export async function loadFixtureModule(name) {
  const fixtureDir = resolve(import.meta.dirname, '../../test/fixtures', name);
  const outDir = mkdtempSync(join(tmpdir(), `ipmo-bench-${name}-`));
  const outfile = join(outDir, `${name}-fixture.mjs`);
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
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
