import { ok, type Result } from '../../../shared/result';
import { maxPullLimit, minPullPageBytes } from '../../../shared/sync/protocol';
import type { ConnectionRow, PmoDatabase } from '../../db/database';
import type { ApiError } from '../worker-api/request-json';
import type { WorkerApi } from '../worker-api/worker-api';
import { applyPullPage } from './apply-pull-page';

/**
 * Page sizes (docs/sync.md "Speed to beat"): a small first page, so writing starts after a short trip;
 * then pages of about 1 MiB of records whatever their count, few enough that the cost of each request
 * and each transaction stays small, while the next one travels as the current one is written.
 */
const firstPage = { maxBytes: 4 * minPullPageBytes };
const nextPages = { limit: maxPullLimit, maxBytes: 1024 * 1024 };

/**
 * Pulls until `hasMore` is false, one Dexie transaction per page. The next page is requested
 * while the current one is written, so network and IndexedDB overlap (docs/sync.md "Speed to beat").
 */
export async function pullChanges(
  db: PmoDatabase,
  api: WorkerApi,
  connection: ConnectionRow,
  now: () => string,
): Promise<Result<void, ApiError>> {
  const { workspaceId, clientGroupId } = connection;
  const stored = await db.connections.get(workspaceId);
  if (!stored) return ok(undefined);
  let request = api.pull(connection, { clientGroupId, cookie: stored.cookie, ...firstPage });
  for (;;) {
    const response = await request;
    if (!response.ok) return response;
    const page = response.value;
    if (page.hasMore) request = api.pull(connection, { clientGroupId, cookie: page.cookie, ...nextPages });
    const isStillConnected = await applyPullPage(db, workspaceId, page, now());
    if (!page.hasMore || !isStillConnected) return ok(undefined);
  }
}
