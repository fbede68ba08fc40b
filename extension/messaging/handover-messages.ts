import { z } from 'zod';

/** Inputs of the handover messages (extension/pages/admin/handover/); protocol.ts lists them with the others. */
export const handoverMessageInputSchemas = {
  /**
   * The workspace's backup from the Worker (`GET …/backup`, docs/sync.md "Backup format"), which the
   * handover pack is built from; owners and PMOs only (the Worker checks), and it needs a connection.
   */
  'handover.backup': z.object({ workspaceId: z.string().max(200) }),
};
