import { CreateWorkspaceRequestSchema, SessionResponseSchema } from '../schemas';
import { defineRoute, maxSmallBodyBytes } from './route-description';

/** Workspace creation (worker/routes/workspaces.ts), opened by the deployment's BOOTSTRAP_SECRET. */
export const workspaceRoutes = {
  createWorkspace: defineRoute({
    method: 'POST',
    path: '/v1/workspaces',
    tag: 'Workspaces',
    summary: 'Create a workspace with its owner',
    description: "Bearer = the deployment's BOOTSTRAP_SECRET. The owner's token is returned once.",
    auth: 'bootstrap',
    // So the secret cannot be guessed fast.
    isLimitedPerAddress: true,
    body: {
      schema: CreateWorkspaceRequestSchema,
      maxBytes: maxSmallBodyBytes,
      splitHint: 'Send only a name and the owner.',
    },
    responses: { 201: { description: 'The workspace, its owner and the owner token.', schema: SessionResponseSchema } },
    errors: { 403: 'BOOTSTRAP_SECRET is not set on this deployment (bootstrap_disabled).' },
  }),
};
