// Runs a TypeScript bench script: bundles it with esbuild (already used by vite and wrangler) into
// a temporary module, then imports it. Usage: node bench/run-ts.mjs bench/domain/cpm.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const entry = process.argv[2];
if (!entry) {
  console.error('Usage: node bench/run-ts.mjs <bench-file.ts>');
  process.exit(2);
}
const outDir = mkdtempSync(join(tmpdir(), 'ipmo-bench-'));
const outFile = join(outDir, 'bench.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: outFile,
    logLevel: 'warning',
  });
  await import(pathToFileURL(outFile).href);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
