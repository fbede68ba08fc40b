import type { PmoDatabase } from '../../db/database';
import { deleteSetting, type PendingCapture, readSetting, writeSetting } from '../../db/settings';

/**
 * A tab's pending capture, kept in memory: the card asks for it within milliseconds of its
 * injection, and `storage.session` would need the "storage" permission. Once the card saves it, the
 * tab keeps the ids it saved, so its toast's Undo may delete those and nothing else.
 */
export function createPendingCaptures() {
  const byTab = new Map<number, PendingCapture>();
  const savedByTab = new Map<number, Set<string>>();
  return {
    set: (tabId: number, capture: PendingCapture) => void byTab.set(tabId, capture),
    get: (tabId: number | undefined) => (tabId === undefined ? undefined : byTab.get(tabId)),
    /** The card saved the tab's capture as `id`: nothing is pending there any more. */
    settle(tabId: number, id: string): void {
      byTab.delete(tabId);
      savedByTab.set(tabId, (savedByTab.get(tabId) ?? new Set()).add(id));
    },
    wasSavedIn: (tabId: number, id: string) => savedByTab.get(tabId)?.has(id) ?? false,
    /** Whether the background left a capture for this tab's card (pending or saved there). */
    hasCard: (tabId: number) => byTab.has(tabId) || savedByTab.has(tabId),
    /** The tab closed, or the card could not be injected. */
    forget(tabId: number): void {
      byTab.delete(tabId);
      savedByTab.delete(tabId);
    },
  };
}
export type PendingCaptures = ReturnType<typeof createPendingCaptures>;

/** A capture the popup opens with is this fresh at most; an older one was left behind and is dropped. */
export const popupCaptureMaxAgeMs = 10 * 60_000;

/** Leaves a capture for the popup, where the card could not run (the popup is a page of its own: Dexie). */
export async function leaveCaptureForPopup(db: PmoDatabase, capture: PendingCapture): Promise<void> {
  await writeSetting(db, 'pendingCapture', capture);
}

/** The capture left for the popup, if fresh; taken once, so the next popup opens as usual. */
export async function takeCaptureForPopup(db: PmoDatabase, now: string): Promise<PendingCapture | undefined> {
  const capture = await readSetting(db, 'pendingCapture');
  if (!capture) return undefined;
  await deleteSetting(db, 'pendingCapture');
  const age = Date.parse(now) - Date.parse(capture.at);
  return age <= popupCaptureMaxAgeMs ? capture : undefined;
}
