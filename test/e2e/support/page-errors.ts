import type { ConsoleMessage, Page } from 'playwright-core';

export interface PageErrors {
  /** Console errors and uncaught exceptions, as "where: text" lines. */
  readonly list: string[];
}

function describeConsoleMessage(message: ConsoleMessage): string {
  const location = message.location();
  return `console.error at ${location.url || 'unknown'}:${location.lineNumber}: ${message.text()}`;
}

/**
 * Records every console error and uncaught exception of a page from now on: a page an overlay
 * runs in must stay silent, whatever Jira answers.
 */
export function collectPageErrors(page: Page): PageErrors {
  const list: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(describeConsoleMessage(message));
  });
  page.on('pageerror', (error) => list.push(`uncaught ${error.name}: ${error.message}`));
  return { list };
}
