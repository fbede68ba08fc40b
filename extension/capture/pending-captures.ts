import type { CaptureContext, CaptureKind } from '../../shared/capture/capture-draft';
import type { PmoDatabase } from '../db/database';
import { deleteSetting, readSetting, writeSetting } from '../db/settings';

/** A capture asked for (shortcut or menu) and not yet shown: what the form starts from. */
export interface PendingCapture {
  kind: CaptureKind;
  context: CaptureContext;
  /** The tab it was asked on, when there was one. */
  tabId?: number;
  /** When it was asked (ISO instant). */
  at: string;
}

/**
 * A tab's pending capture, kept in memory: the card asks for it within milliseconds of its
 * injection, and `storage.session` would need the "storage" permission.
 */
export function createPendingCaptures() {
  const byTab = new Map<number, PendingCapture>();
  return {
    set: (tabId: number, capture: PendingCapture) => void byTab.set(tabId, capture),
    get: (tabId: number | undefined) => (tabId === undefined ? undefined : byTab.get(tabId)),
    forget: (tabId: number) => void byTab.delete(tabId),
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
