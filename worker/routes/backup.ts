import { Hono } from 'hono';
import { apiRoutes } from '../../shared';
import { type Backup, buildBackup, checkBackup } from '../../shared/backup/backup-format';
import type { AppEnv } from '../env';
import { httpError, respondError } from '../http/errors';
import { servedAs } from '../http/guard-route';
import { getWorkspaceRpc } from '../workspace/workspace-stub';

/**
 * `GET /v1/workspaces/:ws/backup` (owner, pmo) and `POST /v1/workspaces/:ws/restore` (owner): the
 * whole workspace as one versioned file, and that file checked by the shared checkBackup, then
 * written by the Durable Object into an empty workspace (docs/sync.md "Backup format").
 */
export const backup = new Hono<AppEnv>()
  .on(...servedAs(apiRoutes.readBackup), async (c) => {
    const member = c.get('member');
    const records = await getWorkspaceRpc(c.env, member.workspaceId).readBackupRecords();
    const exportedAt = new Date().toISOString();
    const body: Backup = buildBackup({ id: member.workspaceId, name: member.workspaceName }, records, exportedAt);
    return c.json(body, 200, {
      'Content-Disposition': `attachment; filename="backup-${member.workspaceId}-${exportedAt.slice(0, 10)}.json"`,
    });
  })
  .on(...servedAs(apiRoutes.restoreBackup), async (c) => {
    const member = c.get('member');
    const checked = checkBackup(c.req.valid('json'));
    if (!checked.ok)
      return respondError(c, httpError(400, checked.error.code, checked.error.message, checked.error.details));
    const restored = await getWorkspaceRpc(c.env, member.workspaceId).restoreBackup(
      { id: member.id, role: member.role },
      checked.value,
    );
    return restored.ok ? c.json(restored.value, 200) : respondError(c, restored.error);
  });
