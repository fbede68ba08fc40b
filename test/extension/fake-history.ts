import { type HistoryEntry, type HistoryPage, HistoryQuerySchema } from '../../shared/api/history';
import type { AnyRecord } from '../../shared/entities';
import type { Write } from '../../shared/mutations/types';
import { describeRecordChange } from '../../shared/sync/record-history';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The record history of the fake Worker (fake-server.ts), kept as the Durable Object keeps it
 * (worker/workspace/record-history.ts, docs/sync.md "Record history"): one entry per record an
 * applied mutation changed, diffed with the same shared function; `GET …/history` pages it newest first.
 */
export class FakeHistory {
  private readonly entries = new Map<string, (HistoryEntry & { seq: number })[]>();
  private seq = 0;

  constructor(private readonly nameOf: (memberId: string) => string | undefined) {}

  /** Call before the writes are stored: `readStored` still answers the values they replace. */
  record(
    workspaceId: string,
    writes: readonly Write[],
    stamp: { at: string; by: string; mutation: string },
    readStored: (entity: string, id: string) => AnyRecord | null | undefined,
  ): void {
    const kept = this.entries.get(workspaceId) ?? [];
    for (const write of writes) {
      const after = write.op === 'put' ? write.value : null;
      const described = describeRecordChange(write.entity, write.id, readStored(write.entity, write.id), after);
      if (described) kept.push({ ...stamp, entity: write.entity, id: write.id, ...described, seq: ++this.seq });
    }
    this.entries.set(workspaceId, kept);
  }

  /** Answers `GET /v1/workspaces/:ws/history?…` for a member of `workspaceId`. */
  read(workspaceId: string, search: URLSearchParams): Response {
    const query = HistoryQuerySchema.safeParse(Object.fromEntries(search));
    if (!query.success) return json(400, { error: { code: 'invalid_query', message: query.error.message } });
    const { entity, id, since, cursor, limit } = query.data;
    const matching = [...(this.entries.get(workspaceId) ?? [])]
      .reverse()
      .filter(
        (entry) =>
          (!entity || entry.entity === entity) &&
          (!id || entry.id === id) &&
          (!since || entry.at >= new Date(since).toISOString()) &&
          (!cursor || entry.seq < Number(cursor)),
      );
    const page = matching.slice(0, limit);
    const body: HistoryPage = {
      entries: page.map(({ seq: _seq, ...entry }) => ({ ...entry, byName: this.nameOf(entry.by) ?? null })),
      nextCursor: matching.length > limit ? String(page[page.length - 1].seq) : null,
    };
    return json(200, body);
  }
}
