import Dexie, { type ObservabilitySet } from 'dexie';
import type { PmoDatabase } from '../../db/database';

export interface SettledRunner {
  /** Runs the task once the period settles: at most once per period, never postponed. */
  soon(): void;
  /** Runs the task now, after any run already under way. */
  now(): void;
}

/**
 * Runs `task` after changes settle, one run at a time and in order: a slow run that read the rows
 * before a change must not write after a later run that read them after. The period is not reset
 * by each request (an open page syncs every 2 s and writes its connection each time: a timer reset
 * on every write would never ring). A failed run leaves the last result; the reason goes to the
 * background's console. Used by the reminders and the popup summary.
 */
export function createSettledRunner(task: () => Promise<unknown>, settleMs: number, label: string): SettledRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const now = () => {
    clearTimeout(timer);
    timer = undefined;
    running = running.then(task).catch((error) => console.error(`${label} failed`, error));
  };
  return {
    now,
    soon: () => {
      if (timer === undefined) timer = setTimeout(now, settleMs);
    },
  };
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
