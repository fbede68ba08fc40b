import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Puts one saved Jira page (test/fixtures/jira/html) into the test document. */
export function loadJiraFixture(name: string): void {
  document.body.innerHTML = readFileSync(resolve(import.meta.dirname, `../../fixtures/jira/html/${name}.html`), 'utf8');
}
