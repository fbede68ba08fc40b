import {
  defaultPullLimit,
  defaultPullPageBytes,
  type MutationError,
  type PullRequest,
  type PullResponse,
  type Result,
} from '../../shared';
import type { HttpError } from '../http/errors';
import { claimClientGroup } from './client-groups';
import { toPatchOpJson } from './entity-rows';
import { readChangePage } from './read-page';
import { readMeta } from './schema';
import type { SyncMember } from './sync-member';
import { needsFullResync } from './tombstones';

function readLastMutationIdChanges(sql: SqlStorage, clientGroupId: string, after: number, through: number) {
  const rows = sql
    .exec<{ client_id: string; last_mutation_id: number }>(
      `SELECT client_id, last_mutation_id FROM clients
       WHERE client_group_id = ? AND last_mutation_id_version > ? AND last_mutation_id_version <= ?`,
      clientGroupId,
      after,
      through,
    )
    .toArray();
  return Object.fromEntries(rows.map((row) => [row.client_id, row.last_mutation_id]));
}

function readMutationErrors(sql: SqlStorage, clientGroupId: string, after: number, through: number): MutationError[] {
  const rows = sql
    .exec<{
      client_id: string;
      mutation_id: number;
      code: string;
      message: string;
      details: string | null;
      ref: string | null;
    }>(
      `SELECT e.client_id, e.mutation_id, e.code, e.message, e.details, e.ref FROM mutation_errors e
       JOIN clients c ON c.client_id = e.client_id
       WHERE c.client_group_id = ? AND e.version > ? AND e.version <= ? ORDER BY e.version`,
      clientGroupId,
      after,
      through,
    )
    .toArray();
  return rows.map((row) => ({
    clientId: row.client_id,
    id: row.mutation_id,
    error: {
      code: row.code,
      message: row.message,
      ...(row.details === null ? {} : { details: JSON.parse(row.details) }),
      ...(row.ref === null ? {} : { ref: JSON.parse(row.ref) }),
    },
  }));
}

/**
 * Pull (docs/sync.md "Pull"): the changes after the cookie's version, one page on whole-version boundaries,
 * with the acknowledgements and permanent errors of this client group for the versions covered.
 * A missing cookie, one that may have missed a pruned tombstone (see needsFullResync) or one from
 * the future gets `clear` and every live row. Read-only apart from registering a new client
 * group; never bumps the version. Answers the PullResponse as JSON text, its patch spliced from the
 * stored values' text: parsing each value and serializing the page again cost more than the rest of
 * a first sync's pull (bench/sync/dexie-initial-sync.mjs).
 */
export function readPull(sql: SqlStorage, member: SyncMember, request: PullRequest): Result<string, HttpError> {
  const denied = claimClientGroup(sql, request.clientGroupId, member.id);
  if (denied) return { ok: false, error: denied };
  const { version, epoch } = readMeta(sql);
  const { cookie } = request;
  const isReset = needsFullResync(sql, cookie);
  const after = isReset || cookie === null ? 0 : cookie.version;
  const page = readChangePage(sql, after, isReset, {
    limit: request.limit ?? defaultPullLimit,
    maxBytes: request.maxBytes ?? defaultPullPageBytes,
  });
  const through = page.hasMore ? page.through : version;
  const patch = page.rows.map(toPatchOpJson);
  if (isReset) patch.unshift('{"op":"clear"}');
  const rest: Omit<PullResponse, 'patch'> = {
    cookie: { version: through, epoch },
    lastMutationIdChanges: readLastMutationIdChanges(sql, request.clientGroupId, after, through),
    mutationErrors: readMutationErrors(sql, request.clientGroupId, after, through),
    hasMore: page.hasMore,
  };
  return { ok: true, value: `${JSON.stringify(rest).slice(0, -1)},"patch":[${patch.join(',')}]}` };
}
