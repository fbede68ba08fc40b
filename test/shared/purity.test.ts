import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sharedDir = join(import.meta.dirname, '../../shared');

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

// Biome's noRestrictedGlobals guards globals; this guards imports, which it cannot see.
describe('shared/ stays pure', () => {
  // papaparse is pure too (string in, rows out): the import and export share one CSV dialect with the Worker.
  it('imports only zod, date-fns, papaparse and its own modules', () => {
    const offenders = listSourceFiles(sharedDir).flatMap((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1]);
      return imports
        .filter((specifier) => !specifier.startsWith('.') && !/^(zod|date-fns|papaparse)(\/|$)/.test(specifier))
        .map((specifier) => `${file}: ${specifier}`);
    });
    expect(offenders).toEqual([]);
  });
});
