import type { ComponentChild } from 'preact';
import { parseJiraLocation } from '../../../shared/jira/location';
import { createLinkedAbortController } from '../common/linked-abort';
import { watchLocation } from '../common/location-signal';
import type { OverlaySlot, Placement } from '../common/overlay-slot';
import { observePage } from '../common/page-observer';
import { type BannerTarget, describePageTargets, type IssueTarget } from './page-targets';
import { findBannerPlacement, findIssuePanelPlacement } from './selectors';

/** Work for one target (an issue, a board's project) on one page: aborted when the page moves on. */
export interface TargetSession<T> {
  key: string;
  target: T;
  signal: AbortSignal;
}

export interface StrandedTargets {
  issue: TargetSession<IssueTarget> | null;
  banner: TargetSession<BannerTarget> | null;
}

export interface OverlayRenderers {
  panel(session: TargetSession<IssueTarget>): ComponentChild;
  banner(session: TargetSession<BannerTarget>): ComponentChild;
  /** The floating launcher for targets whose anchors never showed up. */
  launcher(stranded: StrandedTargets): ComponentChild;
}

export interface JiraPageWatcherOptions {
  slots: { panel: OverlaySlot; banner: OverlaySlot; launcher: OverlaySlot };
  render: OverlayRenderers;
  /** Ends the watcher: the content script's invalidation. */
  signal: AbortSignal;
  listenToWxt?: (handler: () => void) => void;
  /** How long a target waits for its anchor before the launcher stands in (docs/overlays.md "When an anchor is missing"). */
  launcherDelayMs?: number;
  /** Called each time one of our UIs is on the page. */
  onShown?: () => void;
  readUrl?: () => string;
  root?: ParentNode;
}

interface LiveSession<T> extends TargetSession<T> {
  controller: AbortController;
  /** Since when its anchor has been missing; null while it is placed. */
  missingSince: number | null;
}

/**
 * Keeps the overlay in step with the Jira SPA: reads the targets from the URL, finds their anchors,
 * places the panel, banner or launcher, and restarts a target's work (aborting the old) when the
 * URL names another issue or project. One page observer drives it all.
 */
export function watchJiraPages(options: JiraPageWatcherOptions): { sync(): void } {
  const { slots, render, signal, launcherDelayMs = 2000, readUrl = () => location.href, root = document } = options;
  let issue: LiveSession<IssueTarget> | null = null;
  let banner: LiveSession<BannerTarget> | null = null;
  const renderedKeys = new Map<OverlaySlot, string>();
  let launcherTimer: ReturnType<typeof setTimeout> | undefined;

  function renew<T>(session: LiveSession<T> | null, target: T | null, key: string): LiveSession<T> | null {
    if (session && target && session.key === key) return session;
    session?.controller.abort();
    if (!target) return null;
    const controller = createLinkedAbortController(signal);
    return { key, target, controller, signal: controller.signal, missingSince: null };
  }

  function show(slot: OverlaySlot, key: string | null, placement: Placement | null, content: () => ComponentChild) {
    if (key === null || placement === null) {
      slot.remove();
      renderedKeys.delete(slot);
      return;
    }
    if (renderedKeys.get(slot) !== key) {
      slot.render(content());
      renderedKeys.set(slot, key);
    }
    slot.place(placement);
    options.onShown?.();
  }

  function sync() {
    if (signal.aborted) return;
    try {
      place();
    } catch {
      // One bad pass (a page shape we did not foresee) must not throw into Jira's page; the next mutation retries.
    }
  }

  function place() {
    const targets = describePageTargets(parseJiraLocation(readUrl()));
    issue = renew(issue, targets.issue, targets.issue?.issueKey ?? '');
    const bannerKey = targets.banner ? `${targets.banner.page}:${targets.banner.projectKey}` : '';
    banner = renew(banner, targets.banner, bannerKey);
    const issuePlacement = issue ? findIssuePanelPlacement(root) : null;
    const bannerPlacement = banner ? findBannerPlacement(banner.target.page, root) : null;
    const now = performance.now();
    noteMissing(issue, issuePlacement, now);
    noteMissing(banner, bannerPlacement, now);
    const currentIssue = issue;
    const currentBanner = banner;
    show(slots.panel, currentIssue?.key ?? null, issuePlacement, () => render.panel(currentIssue!));
    show(slots.banner, currentBanner?.key ?? null, bannerPlacement, () => render.banner(currentBanner!));
    placeLauncher(issuePlacement ? null : currentIssue, bannerPlacement ? null : currentBanner, now);
  }

  function noteMissing(session: LiveSession<unknown> | null, placement: Placement | null, now: number) {
    if (!session) return;
    if (placement) session.missingSince = null;
    else session.missingSince ??= now;
  }

  /** Shows the launcher for targets whose anchor has been missing long enough; re-checks when the next one is due. */
  function placeLauncher(
    strandedIssue: LiveSession<IssueTarget> | null,
    strandedBanner: LiveSession<BannerTarget> | null,
    now: number,
  ) {
    if (launcherTimer !== undefined) clearTimeout(launcherTimer);
    launcherTimer = undefined;
    const missingFor = (session: LiveSession<unknown>) => now - (session.missingSince ?? now);
    const isDue = (session: LiveSession<unknown> | null) => session !== null && missingFor(session) >= launcherDelayMs;
    const stranded: StrandedTargets = {
      issue: isDue(strandedIssue) ? strandedIssue : null,
      banner: isDue(strandedBanner) ? strandedBanner : null,
    };
    const key = stranded.issue || stranded.banner ? `${stranded.issue?.key ?? ''}|${stranded.banner?.key ?? ''}` : null;
    const body = (root as Document).body ?? document.body;
    show(slots.launcher, key, key ? { anchor: body, position: 'append' } : null, () => render.launcher(stranded));
    const candidates: (LiveSession<unknown> | null)[] = [strandedIssue, strandedBanner];
    const waiting = candidates.filter(
      (session): session is LiveSession<unknown> => session !== null && !isDue(session),
    );
    if (waiting.length > 0) {
      const wait = Math.min(...waiting.map((session) => launcherDelayMs - missingFor(session)));
      launcherTimer = setTimeout(sync, Math.max(0, wait));
    }
  }

  const locationSignal = watchLocation({ onChange: sync, signal, listenToWxt: options.listenToWxt, readUrl });
  observePage({ root: root as Node, onBatch: locationSignal.check, onSettled: sync, signal });
  signal.addEventListener('abort', () => {
    if (launcherTimer !== undefined) clearTimeout(launcherTimer);
    issue?.controller.abort();
    banner?.controller.abort();
  });
  sync();
  return { sync };
}
