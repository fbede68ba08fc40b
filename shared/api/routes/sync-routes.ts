import { allRoles, writingRoles } from '../../roles';
import {
  maxPushBytes,
  PullRequestSchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
} from '../../sync/protocol';
import { defineRoute, maxSmallBodyBytes, memberAccess } from './route-description';

const tag = 'Sync';

/** Push and pull (docs/sync.md "Push", "Pull"), decided by the workspace's Durable Object (worker/routes/sync.ts). */
export const syncRoutes = {
  push: defineRoute({
    method: 'POST',
    path: '/v1/workspaces/:ws/push',
    tag,
    summary: 'Push mutations (applied in server order, exactly once)',
    description: 'At most 500 mutations and 1 MiB. A rejected mutation is reported in results, not as an error.',
    ...memberAccess(writingRoles, 'change this workspace (push)'),
    body: {
      schema: PushRequestSchema,
      maxBytes: maxPushBytes,
      splitHint: 'Split the mutations over several pushes.',
      // A prototype key in one mutation's args rejects that mutation alone (docs/sync.md "Push rules"),
      // so the client's queue moves on; refusing the whole push would block it forever.
      opaqueKeys: ['args'],
    },
    responses: { 200: { description: 'The outcome of each mutation.', schema: PushResponseSchema } },
    errors: {
      403: 'The client group or client belongs to another member (client_group_forbidden, client_forbidden).',
      409: 'A mutation id skips ahead of the next expected one (mutation_gap); nothing was applied.',
    },
  }),
  pull: defineRoute({
    method: 'POST',
    path: '/v1/workspaces/:ws/pull',
    tag,
    summary: 'Pull the changes since a cookie',
    description:
      'A cookie from before a tombstone prune (or none) gets `clear` and every live row, paged like any pull.',
    ...memberAccess(allRoles),
    body: {
      schema: PullRequestSchema,
      maxBytes: maxSmallBodyBytes,
      splitHint: 'A pull body is a client group id and a cookie.',
    },
    responses: { 200: { description: 'One page of changes and the next cookie.', schema: PullResponseSchema } },
    errors: { 403: 'The client group belongs to another member (client_group_forbidden).' },
  }),
};
