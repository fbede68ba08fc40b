import { z } from 'zod';
import type { CreatedShareLink, ShareLink } from '../../shared/api/routes/share-routes';

const workspaceId = z.string().max(200);

/**
 * Inputs of the sponsor-link messages of the administration page (extension/pages/admin/sharing/);
 * protocol.ts lists them with the others. Links live in the Worker's directory, not in the synced
 * records, so each message is a call to the Worker and needs a connection.
 */
export const shareLinkMessageInputSchemas = {
  'shareLinks.read': z.object({ workspaceId }),
  /** The form's fields are checked by the background against the route's own schema. */
  'shareLinks.create': z.object({ workspaceId, label: z.string().max(1000), expiresInDays: z.number().int() }),
  'shareLinks.revoke': z.object({ workspaceId, linkId: z.string().max(200) }),
};

export interface ShareLinkMessageOutputs {
  'shareLinks.read': ShareLink[];
  /** The address carries the link's token: shown this once. */
  'shareLinks.create': CreatedShareLink;
  'shareLinks.revoke': ShareLink;
}
