-- One-time invite codes, stored only as the SHA-256 of the normalized code.
CREATE TABLE invites (
  code_hash TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  role TEXT NOT NULL CHECK (role IN ('pmo', 'pm', 'contributor', 'viewer')),
  -- When set, only this address may accept the invite.
  email TEXT,
  expires_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES members(id),
  created_at TEXT NOT NULL,
  used_at TEXT,
  used_by TEXT
);

CREATE INDEX invites_by_workspace ON invites(workspace_id);
