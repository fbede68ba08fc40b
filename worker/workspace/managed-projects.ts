import type { Write } from '../../shared';
import type { SyncMember } from './sync-member';

/**
 * The live projects whose managerId is `memberId`, from this object's rows: the only source of a
 * pm's rights (docs/sync.md "Push rules", 4), never anything a client sent. `entity = 'project'` uses the
 * primary key's prefix, so the cost follows the number of projects, not of records.
 */
export function readManagedProjectIds(sql: SqlStorage, memberId: string): Set<string> {
  const rows = sql
    .exec<{ id: string }>(
      "SELECT id FROM entities WHERE entity = 'project' AND deleted = 0 AND json_extract(value, '$.managerId') = ?",
      memberId,
    )
    .toArray();
  return new Set(rows.map((row) => row.id));
}

/**
 * The managed projects of the member pushing, kept current across the mutations of one push: read
 * once, read again after a mutation that wrote a project (a pm's new project is theirs at once).
 * Only a pm needs them; other roles get undefined.
 */
export function trackManagedProjects(sql: SqlStorage, member: SyncMember) {
  let managed: Set<string> | undefined;
  return {
    current(): ReadonlySet<string> | undefined {
      if (member.role !== 'pm') return undefined;
      managed ??= readManagedProjectIds(sql, member.id);
      return managed;
    },
    noteWrites(writes: readonly Write[]): void {
      if (writes.some((write) => write.entity === 'project')) managed = undefined;
    },
  };
}

export type ManagedProjects = ReturnType<typeof trackManagedProjects>;
