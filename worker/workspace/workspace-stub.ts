import type { Env } from '../env';
import type { WorkspaceRpc } from './workspace-object';

/** The workspace's Durable Object, where sync and reports are decided (docs/sync.md "Topology"). */
export function getWorkspaceRpc(env: Env, workspaceId: string): WorkspaceRpc {
  return env.WORKSPACE.get(env.WORKSPACE.idFromName(workspaceId)) as unknown as WorkspaceRpc;
}
