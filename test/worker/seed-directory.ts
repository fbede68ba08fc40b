import { env } from 'cloudflare:workers';
import type { Role, SessionResponse } from '../../shared';
import { createToken } from '../../worker/auth/secrets';

/**
 * A workspace with one member per listed role, written straight into D1 in one batch (what
 * createWorkspace + addMember do over HTTP, minus a dozen requests). For suites that need many
 * fresh workspaces; the HTTP path itself is covered by workspaces.test.ts and invites.test.ts.
 */
export async function seedWorkspace(roles: readonly Role[]): Promise<SessionResponse[]> {
  const now = new Date().toISOString();
  const workspace = { id: crypto.randomUUID(), name: `Seeded PMO ${now}` };
  const sessions: SessionResponse[] = [];
  const statements = [
    env.DB.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').bind(
      workspace.id,
      workspace.name,
      now,
    ),
  ];
  for (const [index, role] of roles.entries()) {
    const member = {
      id: crypto.randomUUID(),
      name: `Sam ${role} ${index}`,
      email: `${role}${index}@acme.example`,
      role,
    };
    const { token, hash } = await createToken();
    statements.push(
      env.DB.prepare(
        'INSERT INTO members (id, workspace_id, name, email, role, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).bind(member.id, workspace.id, member.name, member.email, role, now),
      env.DB.prepare('INSERT INTO tokens (hash, member_id, created_at) VALUES (?, ?, ?)').bind(hash, member.id, now),
    );
    sessions.push({ workspace, member, token });
  }
  await env.DB.batch(statements);
  return sessions;
}
