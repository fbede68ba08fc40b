-- Read-only links to a workspace's sponsor page (GET /share/<token>, worker/routes/share.ts).
-- Like tokens and invite codes, only the SHA-256 of a link's token is kept; the token is shown once.
CREATE TABLE share_links (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  token_hash TEXT NOT NULL UNIQUE,
  -- What the PMO calls the link ("Steering committee"), to tell links apart in the list.
  label TEXT,
  created_by TEXT NOT NULL REFERENCES members(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE INDEX share_links_by_workspace ON share_links(workspace_id, created_at);
