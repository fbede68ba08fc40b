-- The directory lives in D1; the synced records live in one Durable Object per workspace.
CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE members (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'pmo', 'pm', 'contributor', 'viewer')),
  created_at TEXT NOT NULL,
  -- Set when the member is removed; their tokens stop working on the next request.
  revoked_at TEXT
);

CREATE INDEX members_by_workspace ON members(workspace_id);
