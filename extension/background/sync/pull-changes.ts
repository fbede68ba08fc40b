import { ok, type Result } from '../../../shared/result';
import { maxPullLimit, minPullPageBytes } from '../../../shared/sync/protocol';
import type { ConnectionRow, PmoDatabase } from '../../db/database';
import type { ApiError } from '../worker-api/request-json';
import type { WorkerApi } from '../worker-api/worker-api';
import { applyPullPage } from './apply-pull-page';

/**
 * Page sizes (docs/sync.md "Speed to beat"): a small first page, so writing starts after a short trip;
 * then pages of about 1 MiB of records whatever their count, few enough that the cost of each request
 * and each transaction stays small, while the next ones travel as the current one is written.
 */
const firstPage = { maxBytes: 4 * minPullPageBytes };
const nextPages = { limit: maxPullLimit, maxBytes: 1024 * 1024 };

/**
 * Pulls until `hasMore` is false, one Dexie transaction per page, written in order. Requests do not
 * wait for writes: the next page is asked for as soon as the current one arrives, while the pages
 * before it are written (docs/sync.md "Speed to beat"). At most two pages wait in memory for their
 * write, so a slow disk holds the network back rather than filling the memory.
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
  // Whether the workspace is still joined after the pages handed over so far were written.
  let written: Promise<boolean> = Promise.resolve(true);
  for (;;) {
    const response = await request;
    if (!response.ok) {
      // The pages that came before the failure are kept: each moved the cookie on.
      await written;
      return response;
    }
    const page = response.value;
    if (page.hasMore) request = api.pull(connection, { clientGroupId, cookie: page.cookie, ...nextPages });
    const before = written;
    written = before.then((isStillConnected) => isStillConnected && applyPullPage(db, workspaceId, page, now()));
    // A failed write is thrown where it is awaited below; this only keeps it from being reported unhandled meanwhile.
    written.catch(() => undefined);
    if (!page.hasMore) {
      await written;
      return ok(undefined);
    }
    // The page before this one is written before the next answer is read: two pages wait at most.
    if (!(await before)) {
      await written;
      return ok(undefined);
    }
  }
}
