import type { AuditAction, AuditEntry, AuditPage, AuditQuery } from '../../shared';

/** One directory event worth keeping: who (`actor`, a member id) did `action` to `target`. */
export interface NewAuditEntry {
  workspaceId: string;
  actor: string;
  action: AuditAction;
  target: string;
  at: string;
  details?: Record<string, unknown>;
}

/** The INSERT for one audit row, to run in the same batch (one transaction) as the change it records. */
export function prepareAuditInsert(db: D1Database, entry: NewAuditEntry): D1PreparedStatement {
  return db
    .prepare('INSERT INTO audit_log (workspace_id, actor, action, target, at, details) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(
      entry.workspaceId,
      entry.actor,
      entry.action,
      entry.target,
      entry.at,
      entry.details ? JSON.stringify(entry.details) : null,
    );
}

/**
 * The audit INSERT of a guarded change: it inserts only if `condition` (SQL over the changed row,
 * with its own bindings) holds after the change, i.e. only if the change's UPDATE matched.
 */
export function prepareAuditInsertIf(
  db: D1Database,
  entry: NewAuditEntry,
  condition: string,
  ...bindings: unknown[]
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (workspace_id, actor, action, target, at, details)
       SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (${condition})`,
    )
    .bind(
      entry.workspaceId,
      entry.actor,
      entry.action,
      entry.target,
      entry.at,
      entry.details ? JSON.stringify(entry.details) : null,
      ...bindings,
    );
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  actor_name: string | null;
  action: AuditAction;
  target: string | null;
  details: string | null;
}

/** A page of the workspace's audit log, newest first, older than `before` when given. */
export async function listAudit(db: D1Database, workspaceId: string, query: AuditQuery): Promise<AuditPage> {
  const { results } = await db
    .prepare(
      `SELECT a.id, a.at, a.actor, m.name AS actor_name, a.action, a.target, a.details
       FROM audit_log a LEFT JOIN members m ON m.id = a.actor
       WHERE a.workspace_id = ?1 AND (?2 IS NULL OR a.id < ?2)
       ORDER BY a.id DESC LIMIT ?3`,
    )
    .bind(workspaceId, query.before ?? null, query.limit + 1)
    .all<AuditRow>();
  const rows = results.slice(0, query.limit);
  const entries: AuditEntry[] = rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: { id: row.actor, name: row.actor_name },
    action: row.action,
    target: row.target,
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
  }));
  const hasMore = results.length > query.limit;
  return { entries, nextBefore: hasMore ? rows[rows.length - 1].id : null };
}
