import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '../..');

/** Every file of the repository as a clean clone would have it, plus new files not ignored yet. */
export function listRepositoryFiles(): string[] {
  const output = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  // A tracked file deleted in the working tree is gone for the next commit too.
  return output.split('\n').filter((path) => path !== '' && existsSync(join(repoRoot, path)));
}

export function readRepositoryFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}
