/**
 * The names of the given members of a workspace, removed ones included: a history keeps who made a
 * change after they left (docs/sync.md "Record history"). One query, whatever the number of ids.
 */
export async function readMemberNames(
  db: D1Database,
  workspaceId: string,
  memberIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(memberIds)];
  if (ids.length === 0) return new Map();
  const { results } = await db
    .prepare(`SELECT id, name FROM members WHERE workspace_id = ? AND id IN (SELECT value FROM json_each(?))`)
    .bind(workspaceId, JSON.stringify(ids))
    .all<{ id: string; name: string }>();
  return new Map(results.map((row) => [row.id, row.name]));
}
