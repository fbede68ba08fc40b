import { describe, expect, it } from 'vitest';
import { listRepositoryFiles, readRepositoryFile } from './repository-files';

// Record text is rendered as text everywhere (docs/domain.md "Playbook"): no extension or shared code
// writes an HTML string into the DOM, and a playbook's Markdown becomes DOM nodes in one module only,
// extension/pages/admin/playbooks/render-playbook.ts, which sanitises what it builds.

const renderModule = 'extension/pages/admin/playbooks/render-playbook.ts';
const sourceFiles = () => listRepositoryFiles().filter((path) => /^(extension|shared)\/.*\.(ts|tsx)$/.test(path));

describe('where HTML can enter the DOM', () => {
  it('has no innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/;
    const offenders = sourceFiles().filter((path) => sinks.test(readRepositoryFile(path)));
    expect(offenders).toEqual([]);
  });

  it('lets only the playbook renderer import the Markdown renderer and the sanitiser', () => {
    const importers = sourceFiles().filter((path) =>
      /from ['"](markdown-it|dompurify)['"]/.test(readRepositoryFile(path)),
    );
    expect(importers).toEqual([renderModule]);
  });
});
