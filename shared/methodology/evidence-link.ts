import { readSheetAddress } from '../capture/rank-projects';
import { toIssueKey } from '../jira/jira-keys';
import { parseJiraLocation } from '../jira/location';

/**
 * An evidence link of a gate review as a reader follows it: a web page, a Google Sheet, a Jira issue
 * (its address), or a bare Jira issue key, which names an issue without saying on which site.
 */
export type EvidenceLink =
  | { kind: 'web' | 'sheet'; text: string; href: string }
  | { kind: 'jiraIssue'; text: string; href: string; issueKey: string }
  | { kind: 'jiraKey'; text: string; issueKey: string };

// Only addresses a browser opens as a page: `javascript:`, `data:` or `file:` links run code or read files.
const webProtocols = new Set(['https:', 'http:']);

/**
 * Reads evidence typed or stored as text: an http(s) address (Sheet and Jira issue addresses
 * recognised) or a Jira issue key (`pay-42` → `PAY-42`); undefined for anything else, which is
 * neither stored (`gate.request` refuses it) nor ever rendered as a link.
 */
export function readEvidenceLink(input: string): EvidenceLink | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  const issueKey = toIssueKey(text);
  if (issueKey) return { kind: 'jiraKey', text: issueKey, issueKey };
  let address: URL;
  try {
    address = new URL(text);
  } catch {
    return undefined;
  }
  // Credentials in an address hide where it really goes (https://bank.example@evil.example).
  if (!webProtocols.has(address.protocol) || address.hostname === '' || address.username || address.password)
    return undefined;
  const href = address.href;
  if (readSheetAddress(href)) return { kind: 'sheet', text, href };
  const location = parseJiraLocation(href);
  if (location.page === 'issue') return { kind: 'jiraIssue', text, href, issueKey: location.issueKey };
  return { kind: 'web', text, href };
}
