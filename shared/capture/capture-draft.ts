import { parseJiraLocation, shownIssueKey } from '../jira/location';

/** What a capture creates. */
export type CaptureKind = 'risk' | 'issue' | 'decision' | 'action';
export const captureKinds = ['risk', 'issue', 'decision', 'action'] as const satisfies readonly CaptureKind[];

/** What the browser knows at the moment of capture. */
export interface CaptureContext {
  url: string;
  pageTitle: string;
  /** The text the user selected, verbatim; '' when none. */
  selection: string;
  /** The link the user right-clicked, when a link was captured. */
  linkUrl?: string;
  linkText?: string;
}

/** Where a captured record comes from; plain text, never rendered as HTML. */
export interface CaptureSource {
  url: string;
  pageTitle?: string;
  quote?: string;
  jiraKey?: string;
}

/** The capture card's and the popup form's starting values. */
export interface CaptureDraft {
  kind: CaptureKind;
  /** The selection on one line, else the link text, else the page title; at most 300 characters. */
  title: string;
  /** The selection verbatim (at most 5000 characters); '' when none. */
  quote: string;
  source: CaptureSource;
}

/** The limits of a record's source (shared/schemas/risk.ts SourceSchema) and of a title. */
export const captureLimits = { title: 300, url: 2048, pageTitle: 500, quote: 5000 } as const;

/** Cuts text to `max` characters, marking the cut with an ellipsis. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Text on one line: any run of whitespace (newlines, tabs, non-breaking spaces) becomes one space. */
export function collapseToLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The starting values of a capture: the title from the selection (else the link text, else the page
 * title), the selection kept verbatim as the quote, and the source (the link when one was captured,
 * else the page; the Jira issue key its address shows). Pure: page text stays text.
 */
export function draftFromContext(kind: CaptureKind, context: CaptureContext): CaptureDraft {
  const hasSelection = context.selection.trim() !== '';
  const quote = hasSelection ? clipText(context.selection, captureLimits.quote) : '';
  const titleSource = [context.selection, context.linkText ?? '', context.pageTitle]
    .map(collapseToLine)
    .find((text) => text !== '');
  const url = context.linkUrl?.trim() ? context.linkUrl.trim() : context.url.trim();
  const pageTitle = collapseToLine(context.pageTitle);
  const jiraKey = shownIssueKey(parseJiraLocation(url));
  const source: CaptureSource = { url: url.slice(0, captureLimits.url) };
  if (pageTitle) source.pageTitle = clipText(pageTitle, captureLimits.pageTitle);
  if (quote) source.quote = quote;
  if (jiraKey) source.jiraKey = jiraKey;
  return { kind, title: clipText(titleSource ?? '', captureLimits.title), quote, source };
}
