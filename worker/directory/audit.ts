/** One directory event worth keeping: who (`actor`, a member id) did `action` to `target`. */
export interface AuditEntry {
  workspaceId: string;
  actor: string;
  action: 'workspace.create' | 'invite.create' | 'invite.accept';
  target: string;
  at: string;
  details?: Record<string, unknown>;
}

/** The INSERT for one audit row, to run in the same batch (one transaction) as the change it records. */
export function prepareAuditInsert(db: D1Database, entry: AuditEntry): D1PreparedStatement {
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
