-- Bearer tokens are stored only as SHA-256 hex; the token itself is shown once.
CREATE TABLE tokens (
  hash TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE INDEX tokens_by_member ON tokens(member_id);
