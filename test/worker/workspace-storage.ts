import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import type { WorkspaceObject } from '../../worker/workspace/workspace-object';

/** The Durable Object of a workspace, as the Worker addresses it. */
export function getWorkspaceStub(workspaceId: string): DurableObjectStub<WorkspaceObject> {
  return env.WORKSPACE.get(env.WORKSPACE.idFromName(workspaceId));
}

/** Everything a sync test may want to assert on, read straight from the object's SQLite. */
export function readWorkspaceStorage(workspaceId: string) {
  return runInDurableObject(getWorkspaceStub(workspaceId), (_instance, state) => {
    const sql = state.storage.sql;
    const meta = Object.fromEntries(
      sql
        .exec<{ key: string; value: string | number }>('SELECT key, value FROM meta')
        .toArray()
        .map((row) => [row.key, row.value]),
    );
    return {
      version: Number(meta.version),
      epoch: String(meta.epoch),
      entities: sql.exec('SELECT entity, id, value, version, deleted FROM entities ORDER BY entity, id').toArray(),
      clients: sql.exec('SELECT * FROM clients ORDER BY client_id').toArray(),
      errors: sql.exec('SELECT * FROM mutation_errors ORDER BY version').toArray(),
    };
  });
}
