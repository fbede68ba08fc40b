import { BackupEnvelopeSchema, BackupSchema, maxBackupBytes, RestoreResponseSchema } from '../../backup/backup-format';
import { governingRoles } from '../../roles';
import { defineRoute, memberAccess } from './route-description';

const tag = 'Backup';

/**
 * `/v1/workspaces/:ws/backup` and `/restore` (worker/routes/backup.ts): the whole workspace as one
 * versioned JSON file (docs/sync.md "Backup format"), and that file written into an empty workspace.
 */
export const backupRoutes = {
  readBackup: defineRoute({
    method: 'GET',
    path: '/v1/workspaces/:ws/backup',
    tag,
    summary: 'Back up the workspace: every live record as one JSON file',
    description:
      'Tombstones and versions are left out: a restore writes new versions. The format is documented in docs/sync.md "Backup format".',
    ...memberAccess(governingRoles, 'back up the workspace'),
    responses: {
      200: { description: 'The backup (formatVersion, exportedAt, workspace, records).', schema: BackupSchema },
    },
  }),
  restoreBackup: defineRoute({
    method: 'POST',
    path: '/v1/workspaces/:ws/restore',
    tag,
    summary: 'Restore a backup into this empty workspace',
    description:
      'Only into a workspace where no member has written anything yet (the built-in method it was created with is replaced). All records are written in one transaction as the owner, keeping their creation and update stamps; nothing is written when anything is refused.',
    ...memberAccess(['owner'], 'restore a backup'),
    body: {
      schema: BackupEnvelopeSchema,
      maxBytes: maxBackupBytes,
      splitHint: 'A backup this large cannot be restored in one request; ask the server operator.',
    },
    responses: { 200: { description: 'How many records were restored.', schema: RestoreResponseSchema } },
    errors: {
      400: 'The file is not a backup, is damaged, or has a record that fails its schema (invalid_backup), or is in a newer format than this server reads (backup_too_new).',
      409: 'The workspace already has records written by its members (workspace_not_empty).',
    },
  }),
};
