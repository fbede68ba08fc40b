-- Who did what to the directory; append-only.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  at TEXT NOT NULL,
  details TEXT
);

CREATE INDEX audit_log_by_workspace ON audit_log(workspace_id, at);
