import { useLayoutEffect, useState } from 'preact/hooks';
import { isPopupSummary, type PopupSummary, readPopupSummary } from '../../db/popup-summary';
import { afterNextFrame } from '../common/after-next-frame';

/** The page's own copy of the last summary it kept: read synchronously, so the first render already has it. */
export const popupSummaryMirrorKey = 'interim-pmo.popup-summary';

/** Keeps the page's copy of `summary` (see usePopupSummary); a refused write only costs that head start. */
export function mirrorPopupSummary(summary: PopupSummary): void {
  try {
    localStorage.setItem(popupSummaryMirrorKey, JSON.stringify(summary));
  } catch {
    // Storage refused (quota, privacy mode): the popup reads the background's summary instead.
  }
}

/** Drops the page's copy: no workspace is joined any more, so none of its rows may stay behind. */
export function forgetPopupSummaryMirror(): void {
  try {
    localStorage.removeItem(popupSummaryMirrorKey);
  } catch {
    // Storage refused: there is no copy to drop either.
  }
}

function readMirror(): PopupSummary | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(popupSummaryMirrorKey) ?? 'null');
    return isPopupSummary(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The summary the popup paints first (db/popup-summary.ts): undefined while it is read, null when
 * there is none. The page's copy in localStorage is there at the first render (the IndexedDB read
 * takes 30–50 ms in a new popup, bench/popup); the background's, written after a sync while no
 * popup was open, replaces it once read unless it is older. The copy goes when the background's
 * summary does (the last workspace left or lost) and when the live rows find no workspace.
 */
export function usePopupSummary(): PopupSummary | null | undefined {
  const [mirrored] = useState(readMirror);
  const [stored, setStored] = useState<PopupSummary | null | undefined>(undefined);
  useLayoutEffect(() => {
    let isCurrent = true;
    // With the page's copy on screen, the store waits for the first frame: opening IndexedDB in a new
    // extension process would compete with drawing it.
    const reading = mirrored ? afterNextFrame().then(readPopupSummary) : readPopupSummary();
    void reading.then((value) => {
      // The background forgets the summary when the last workspace is left or lost, and moves it to
      // another when the active one is (keep-popup-summary.ts): the copy goes too.
      if (value === null || (mirrored && value.workspaceId !== mirrored.workspaceId)) forgetPopupSummaryMirror();
      if (isCurrent) setStored(value);
    });
    return () => {
      isCurrent = false;
    };
  }, [mirrored]);
  if (stored === undefined) return mirrored ?? undefined;
  if (stored && mirrored && mirrored.writtenAt > stored.writtenAt) return mirrored;
  return stored;
}
