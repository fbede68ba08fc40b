// wrangler dev restarts the Worker whenever a source file changes (a request in flight then gets
// 503 "Your worker restarted mid-request"), and `wxt build` writes to the shared .output: with other
// people editing the tree, a bench must run on a copy. BENCH_SOURCE=worktree (default) copies the
// files as they are now; BENCH_SOURCE=head takes the last commit.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onInterrupt } from './interrupts.mjs';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const paths = ['worker', 'shared', 'extension', 'wrangler.toml', 'wxt.config.ts', 'package.json', 'tsconfig.json'];

function git(...args) {
  return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
}

/** Copies the sources the Worker and the extension build from; `remove()` deletes the copy. */
export function snapshotSources(source = process.env.BENCH_SOURCE ?? 'worktree') {
  if (source !== 'worktree' && source !== 'head')
    throw new Error(`BENCH_SOURCE must be worktree or head, not ${source}`);
  const dir = mkdtempSync(join(tmpdir(), 'ipmo-bench-src-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const unhook = onInterrupt(remove);
  if (source === 'head') {
    const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD', ...paths], {
      cwd: repoRoot,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } else {
    for (const path of paths) cpSync(join(repoRoot, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const isDirty = git('status', '--porcelain', '--', ...paths) !== '';
  const revision = `${git('rev-parse', '--short', 'HEAD')}${source === 'worktree' && isDirty ? ' + uncommitted changes' : ''}`;
  return {
    dir,
    description: `${source} (${revision})`,
    remove: () => {
      unhook();
      remove();
    },
  };
}
