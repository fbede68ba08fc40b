-- When a member last made an authenticated request, written at most once a minute per member
-- (worker/auth/require-member.ts), so the members screen shows who still uses the workspace.
ALTER TABLE members ADD COLUMN last_seen_at TEXT;

-- Whom an invite is for, as the inviter wrote it, to tell pending invites apart.
ALTER TABLE invites ADD COLUMN name TEXT;
