import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRepositoryFiles, readRepositoryFile, repoRoot } from './repository-files';

// The repository explains itself: what a comment or README sends a reader to must be in it.

const files = listRepositoryFiles();
const textFile = /\.(ts|tsx|mjs|js|css|html|md|json|toml|yml|yaml|sh)$|^\.ci\/run$/;
const outsideDocs = files.filter(
  (path) => textFile.test(path) && !path.startsWith('docs/') && path !== 'package-lock.json',
);

/** `<name>.md`, `docs/<name>.md`, `../<name>.md`, as cited in code or prose; URLs are not citations. */
const citation = /(?<![\w/:.-])((?:\.{1,2}\/|[\w-]+\/)*[\w-]+\.md)\b(?:\s+"([^"\n]+)")?/g;

/** Where a cited document is: a path from the root or from the citing file, or a bare name anywhere in the tree. */
function resolveCitation(from: string, cited: string): string | undefined {
  const candidates = [normalize(cited), normalize(join(dirname(from), cited))];
  const found = candidates.find((candidate) => files.includes(candidate) && existsSync(join(repoRoot, candidate)));
  if (found) return found;
  if (!cited.includes('/')) return files.find((path) => path === cited || path.endsWith(`/${cited}`));
  return undefined;
}

/** The headings of a Markdown document, as they are cited: `docs/sync.md "Push rules"`. */
function headingsOf(path: string): Set<string> {
  return new Set(
    readRepositoryFile(path)
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => line.replace(/^#+ /, '').trim().toLowerCase()),
  );
}

/**
 * The files the handover pack writes (shared/reports/handover-pack.ts): `summary.md` and the folders
 * `projects/`, `methodology/` and `playbooks/` inside the ZIP are names the product makes, not documents cited.
 */
const handoverPackFile = /^(?:summary\.md|(?:projects|methodology|playbooks)\/[\w./-]+\.md)$/;

describe('documents cited in the repository', () => {
  it('are all in the repository, outside docs/ as well (no design note left behind)', () => {
    const missing = outsideDocs.flatMap((path) =>
      [...readRepositoryFile(path).matchAll(citation)]
        .filter((match) => !handoverPackFile.test(match[1]))
        .filter((match) => resolveCitation(path, match[1]) === undefined)
        .map((match) => `${path}: ${match[1]}`),
    );
    expect(missing).toEqual([]);
  });

  it('name sections that exist: docs/<file>.md "<heading>"', () => {
    const wrong = outsideDocs.flatMap((path) =>
      [...readRepositoryFile(path).matchAll(citation)].flatMap((match) => {
        const [, cited, heading] = match;
        const document = resolveCitation(path, cited);
        if (!heading || !document?.startsWith('docs/')) return [];
        return headingsOf(document).has(heading.toLowerCase()) ? [] : [`${path}: ${cited} "${heading}"`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('include the four references the code points to', () => {
    for (const document of ['docs/architecture.md', 'docs/domain.md', 'docs/sync.md', 'docs/overlays.md'])
      expect(files).toContain(document);
  });

  it('link, inside docs/, to files and headings that exist', () => {
    const broken = files
      .filter((path) => path.startsWith('docs/') && path.endsWith('.md'))
      .flatMap((path) =>
        [...readRepositoryFile(path).matchAll(/\]\(([^)#\s]*)(?:#([^)\s]+))?\)/g)].flatMap((match) => {
          const [, target, anchor] = match;
          if (/^[a-z]+:/.test(target)) return [];
          const file = target === '' ? path : normalize(join(dirname(path), target));
          if (!existsSync(join(repoRoot, file))) return [`${path}: ${target}`];
          if (!anchor || !file.endsWith('.md')) return [];
          const slugs = [...headingsOf(file)].map((heading) =>
            heading.replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-'),
          );
          return slugs.includes(anchor) ? [] : [`${path}: ${target}#${anchor}`];
        }),
      );
    expect(broken).toEqual([]);
  });
});

describe('README', () => {
  it('names only files and folders of the code that exist', () => {
    const named = [
      ...readRepositoryFile('README.md').matchAll(
        /`((?:shared|worker|extension|test|bench|scripts|docs|demo)\/[^`\s*]*)`/g,
      ),
    ];
    const missing = named
      .map((match) => match[1].replace(/\/$/, ''))
      .filter((path) => !existsSync(join(repoRoot, path)));
    expect(missing).toEqual([]);
  });
});
