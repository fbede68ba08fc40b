import { toEpochDay } from '../analytics/schedule/working-calendar';

// Jira keys: a project key is a letter then letters, digits or "_" (Jira's default key pattern);
// an issue key is the project key, "-" and a number. Jira matches them case-insensitively, and
// every PMO record stores them upper-case, so they are compared upper-case too. No zod here: the
// content script reads keys and must stay small.

export const projectKeyPattern = /^[A-Z][A-Z0-9_]{0,49}$/;
export const issueKeyPattern = /^([A-Z][A-Z0-9_]{0,39})-([1-9][0-9]{0,8})$/;

/** The upper-cased issue key, or undefined when `text` is not one (`pay-42` → `PAY-42`). */
export function toIssueKey(text: string): string | undefined {
  const key = text.trim().toUpperCase();
  return issueKeyPattern.test(key) ? key : undefined;
}

/** The upper-cased project key, or undefined when `text` is not one. */
export function toProjectKey(text: string): string | undefined {
  const key = text.trim().toUpperCase();
  return projectKeyPattern.test(key) ? key : undefined;
}

/** `PAY-42` → `PAY`: an issue key starts with the key of its project. */
export function projectKeyOfIssue(issueKey: string): string | undefined {
  return issueKeyPattern.exec(issueKey.trim().toUpperCase())?.[1];
}

/** Whether two keys name the same Jira project or issue (Jira ignores case); an empty key names nothing. */
export function isSameJiraKey(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== '' && a.toUpperCase() === b.toUpperCase();
}

/** Whether Jira's `duedate` / `releaseDate` is a real calendar day `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  try {
    toEpochDay(text);
    return true;
  } catch {
    return false;
  }
}
