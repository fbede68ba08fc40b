import Dexie, { type ObservabilitySet } from 'dexie';
import type { PmoDatabase } from '../../db/database';

export interface SettledRunner {
  /** Runs the task once requests settle (see SettleTiming). */
  soon(): void;
  /** Runs the task now, after any run already under way. */
  now(): void;
}

/**
 * When a run follows requests: a number is a fixed period from the first request, never postponed;
 * `quietMs`/`maxWaitMs` waits for a pause in the requests, but never longer than `maxWaitMs` after
 * the first one, so a stream of writes (a first sync's pages) costs one run at its end, not one a period.
 */
export type SettleTiming = number | { quietMs: number; maxWaitMs: number };

/**
 * Runs `task` after changes settle, one run at a time and in order: a slow run that read the rows
 * before a change must not write after a later run that read them after. A fixed period is not
 * reset by each request (an open page syncs every 2 s and writes its connection each time: a timer
 * reset on every write would never ring); a quiet wait is bounded by its maximum for the same reason.
 * A failed run leaves the last result; the reason goes to the background's console. Used by the
 * reminders (a fixed period) and the popup summary (a quiet wait).
 */
export function createSettledRunner(task: () => Promise<unknown>, settle: SettleTiming, label: string): SettledRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstRequestAt: number | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const now = () => {
    clearTimeout(timer);
    timer = undefined;
    firstRequestAt = undefined;
    running = running.then(task).catch((error) => console.error(`${label} failed`, error));
  };
  const soon = () => {
    if (typeof settle === 'number') {
      if (timer === undefined) timer = setTimeout(now, settle);
      return;
    }
    const at = Date.now();
    firstRequestAt ??= at;
    clearTimeout(timer);
    timer = setTimeout(now, Math.max(0, Math.min(settle.quietMs, firstRequestAt + settle.maxWaitMs - at)));
  };
  return { now, soon };
}

/**
 * Calls `onChange` after any write to `tables`, here or in a page (Dexie broadcasts them between
 * contexts). A live query would lose track of the tables after its first non-Dexie await.
 */
export function onTablesMutated(db: PmoDatabase, tables: readonly string[], onChange: () => void): void {
  const watched = tables.map((table) => `idb://${db.name}/${table}/`);
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => watched.some((prefix) => part.startsWith(prefix)))) onChange();
  });
}
