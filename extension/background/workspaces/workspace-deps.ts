import type { PmoDatabase } from '../../db/database';
import type { SyncService } from '../sync/sync-service';
import type { WorkerApi } from '../worker-api/worker-api';

/** What the workspace handlers need from the background. */
export interface WorkspaceDeps {
  db: PmoDatabase;
  api: WorkerApi;
  sync: SyncService;
  now: () => string;
  /** Fresh random id, for client and client group ids. */
  newId: () => string;
}
