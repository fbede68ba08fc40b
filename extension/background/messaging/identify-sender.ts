import type { SenderContext } from '../../messaging/protocol';

/** A sender as the browser describes it (runtime.MessageSender): never what the message claims. */
export interface RawSender {
  id?: string;
  /** The page or frame that sent: a content script's page, or our page's own address. */
  url?: string;
  /** Chromium only; must agree with `url` when given. */
  origin?: string;
  frameId?: number;
  tab?: { id?: number; index: number; windowId?: number; url?: string };
}

/** The tab a message came from, where the browser tells. */
export interface SenderTab {
  id?: number;
  index: number;
  windowId?: number;
}

/** A sender once the background has checked it; handlers narrow their data with it. */
export interface VerifiedSender {
  /** The contexts it speaks for; empty for a sender the background answers nothing but a refusal. */
  contexts: readonly SenderContext[];
  tab?: SenderTab;
  /** The sender's page (a content script's site), from the browser. */
  url?: string;
  origin?: string;
}

/** What the background knows that the sender cannot fake; browser-sender-facts.ts gives the real ones. */
export interface SenderFacts {
  /** Our extension's id (runtime.id). */
  extensionId: string;
  /** Our pages' base address, e.g. `chrome-extension://<id>/` (runtime.getURL('/')). */
  extensionUrl: string;
  /** Whether a self-hosted Jira site the user granted (self-hosted.ts) covers this page. */
  isSelfHostedJira(url: URL): Promise<boolean>;
  /** Whether the background injected the capture card into this tab and its capture is not over. */
  hasCaptureCard(tabId: number): boolean;
}

const nobody: VerifiedSender = { contexts: [] };

/** Jira Cloud sites, the manifest's `https://*.atlassian.net/*` (one label, as Atlassian names sites). */
const jiraCloudHost = /^[a-z0-9-]+\.atlassian\.net$/i;

function parseUrl(text: string | undefined): URL | undefined {
  if (!text) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * One of our pages: the popup (no tab), or the options and import pages (the top frame of a tab of
 * ours). Our page framed inside a web page is refused: that page could drive it.
 */
function isOwnPage(sender: RawSender, facts: SenderFacts): boolean {
  if (!sender.url?.startsWith(facts.extensionUrl)) return false;
  if (sender.origin !== undefined && `${sender.origin}/` !== facts.extensionUrl) return false;
  if (!sender.tab) return true;
  if (sender.tab.url !== undefined) return sender.tab.url.startsWith(facts.extensionUrl);
  return sender.frameId === 0;
}

/**
 * The page of one of our content scripts. They all run in top frames only (no `allFrames`, and
 * the card is injected into frame 0), so a frame's message speaks for none of them; the page's
 * address must agree with the origin and the tab the browser reports.
 */
function contentPageOf(sender: RawSender): URL | undefined {
  if (sender.frameId !== 0 || sender.tab?.id === undefined) return undefined;
  const url = parseUrl(sender.url);
  if (!url || !/^https?:$/.test(url.protocol)) return undefined;
  if (sender.origin !== undefined && sender.origin !== url.origin) return undefined;
  if (sender.tab.url !== undefined && parseUrl(sender.tab.url)?.origin !== url.origin) return undefined;
  return url;
}

async function isJiraPage(url: URL, facts: SenderFacts): Promise<boolean> {
  if (url.protocol === 'https:' && jiraCloudHost.test(url.hostname)) return true;
  return facts.isSelfHostedJira(url);
}

const isSheetsPage = (url: URL) =>
  url.protocol === 'https:' && url.hostname === 'docs.google.com' && url.pathname.startsWith('/spreadsheets/');

/**
 * Tells which parts of the extension a sender speaks for, from what the browser reports (id, url,
 * origin, tab, frame). Never throws: a sender it cannot place speaks for nothing.
 */
export async function identifySender(sender: RawSender, facts: SenderFacts): Promise<VerifiedSender> {
  if (sender.id !== facts.extensionId) return nobody;
  const tab = sender.tab ? { index: sender.tab.index, id: sender.tab.id, windowId: sender.tab.windowId } : undefined;
  const where = { ...(tab ? { tab } : {}), ...(sender.url ? { url: sender.url } : {}) };
  if (isOwnPage(sender, facts)) {
    return { contexts: ['extensionPage'], ...where, origin: facts.extensionUrl.slice(0, -1) };
  }
  if (sender.url?.startsWith(facts.extensionUrl)) return nobody;
  const page = contentPageOf(sender);
  const tabId = sender.tab?.id;
  if (!page || tabId === undefined) return nobody;
  const contexts: SenderContext[] = [];
  try {
    if (await isJiraPage(page, facts)) contexts.push('jiraContent');
  } catch {
    // The granted sites could not be read: the page is not taken for a Jira site.
  }
  if (isSheetsPage(page)) contexts.push('sheetsContent');
  if (facts.hasCaptureCard(tabId)) contexts.push('captureCard');
  return { contexts, ...where, origin: page.origin };
}
