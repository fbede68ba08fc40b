import { z } from 'zod';
import { HistoryQuerySchema } from '../../shared/api/history';

/** Inputs of the record history messages; protocol.ts lists them with the others. */
export const historyMessageInputSchemas = {
  /**
   * One page of record history from the Worker (`GET …/history`, docs/sync.md "Record history"):
   * not synced, so it needs a connection; answers `offline` when the Worker is out of reach.
   */
  'history.read': HistoryQuerySchema.extend({ workspaceId: z.string().max(200) }),
};
