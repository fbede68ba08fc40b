// The sync state the background keeps in Dexie (db/database.ts) and reports in messages to every context.

/**
 * What the UI shows about a workspace's sync: pending N, offline (edits kept), error (why), or
 * paused (the server asked us to wait: 429, or 503 with Retry-After; edits kept, retry on its own).
 */
export type SyncStatus = 'synced' | 'pending' | 'offline' | 'error' | 'paused';

/** A failed sync as the UI shows it; `status` is the HTTP status, absent when the server was not reached. */
export interface SyncError {
  code: string;
  message: string;
  status?: number;
}
