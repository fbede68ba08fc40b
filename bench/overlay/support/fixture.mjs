// Loads the fixture Jira (TypeScript, test/fixtures/jira) into this plain Node script: bundled
// with esbuild into a temporary module, its folder pinned so it still finds its client files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const fixtureDir = resolve(import.meta.dirname, '../../../test/fixtures/jira');

/** Starts the fixture Jira; answers it with `chromiumArgs` (the flags that route *.atlassian.net to it). */
export async function loadJiraFixture() {
  const outDir = mkdtempSync(join(tmpdir(), 'ipmo-bench-jira-'));
  const outfile = join(outDir, 'jira-fixture.mjs');
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
    const { startJiraFixture, jiraFixtureChromiumArgs } = await import(pathToFileURL(outfile).href);
    const fixture = await startJiraFixture();
    return { ...fixture, chromiumArgs: jiraFixtureChromiumArgs };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
