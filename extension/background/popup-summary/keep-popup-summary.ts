import type { PmoDatabase } from '../../db/database';
import { readPopupSelection, writePopupSummary } from '../../db/popup-summary';
import { composePopupSummary } from './compose-popup-summary';
import { createSettledRunner, onTablesMutated } from './settled-runner';

/**
 * A sync writes its pages in several transactions: one summary once they pause. Reading a big
 * project's risks while a first sync streams in would slow the sync it waits for (bench/sync);
 * an open page's sync every 2 s pauses long enough, and a stream of writes waits 20 s at most.
 */
const settle = { quietMs: 600, maxWaitMs: 20_000 };

/**
 * Keeps the popup's summary (db/popup-summary.ts) current after every change to the local rows —
 * a sync, an edit, a workspace joined, left or switched — so the next popup paints what is there
 * now, even when the change came while no popup was open. Listeners are added synchronously.
 */
export function keepPopupSummary(db: PmoDatabase, now: () => string): void {
  const runner = createSettledRunner(() => refreshPopupSummary(db, now()), settle, 'popup summary');
  onTablesMutated(db, ['recordChunks', 'settings', 'connections', 'accessNotices', 'mutationErrors'], runner.soon);
  runner.soon();
}

/** Rewrites the summary from the local rows; answers whether it did. */
export async function refreshPopupSummary(db: PmoDatabase, now: string): Promise<boolean> {
  const summary = await composePopupSummary(db, now);
  // A page chose another project while this one was read: its own summary, written as it rendered,
  // is the newer one, and the next change brings this keeper back.
  if (summary) {
    const chosen = await readPopupSelection(summary.workspaceId);
    const isChoiceChanged = chosen !== null && chosen !== summary.projectId;
    if (isChoiceChanged && summary.projects.some((project) => project.id === chosen)) return false;
  }
  await writePopupSummary(summary);
  return true;
}
