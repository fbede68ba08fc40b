-- Invites get a public id (the code hash never leaves the server) and can be revoked before use.
ALTER TABLE invites ADD COLUMN id TEXT;
ALTER TABLE invites ADD COLUMN revoked_at TEXT;
ALTER TABLE invites ADD COLUMN revoked_by TEXT;
UPDATE invites SET id = lower(hex(randomblob(16))) WHERE id IS NULL;
CREATE UNIQUE INDEX invites_by_id ON invites(id);

-- The audit page reads a workspace's rows newest first by id (`?before=` is an id).
CREATE INDEX audit_log_by_workspace_and_id ON audit_log(workspace_id, id);

-- Each membership UPDATE stamps a fresh id here; the audit INSERT of the same batch selects on it,
-- so a row is audited exactly when its guarded UPDATE matched (D1 has no interactive transactions).
ALTER TABLE members ADD COLUMN last_change_id TEXT;
