import { Hono } from 'hono';
import { apiRoutes } from '../../shared';
import { buildStageGateTemplate } from '../../shared/methodology/stage-gate-template';
import { createWorkspace } from '../directory/workspaces';
import type { AppEnv } from '../env';
import { servedAs } from '../http/guard-route';
import { getWorkspaceRpc } from '../workspace/workspace-stub';

/**
 * `POST /v1/workspaces` (bearer = BOOTSTRAP_SECRET, limited per IP so the secret cannot be guessed
 * fast): a new workspace, its owner and the owner's token. The workspace starts with the built-in
 * stage-gate method, created as the owner through `template.create` so it syncs like any record.
 */
export const workspaces = new Hono<AppEnv>().on(...servedAs(apiRoutes.createWorkspace), async (c) => {
  const session = await createWorkspace(c.env.DB, c.req.valid('json'));
  const seeded = await getWorkspaceRpc(c.env, session.workspace.id).applyServerMutations(
    { id: session.member.id, role: 'owner' },
    [{ name: 'template.create', args: buildStageGateTemplate(() => crypto.randomUUID()) }],
  );
  // The built-in template is valid by test (stage-gate-template.test.ts): a refusal here is a bug.
  if (!seeded.ok) throw new Error(`seeding the built-in method failed: ${seeded.error.code}: ${seeded.error.message}`);
  return c.json(session, 201);
});
