import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { httpError, respondError } from '../http/errors';
import { isSameSecret, readBearer } from './secrets';

/** Guards workspace creation with the deployment's BOOTSTRAP_SECRET (docs/sync.md "Routes"). */
export const requireBootstrapSecret = createMiddleware<AppEnv>(async (c, next) => {
  const secret = c.env.BOOTSTRAP_SECRET;
  if (!secret) {
    return respondError(
      c,
      httpError(
        403,
        'bootstrap_disabled',
        'Creating workspaces is disabled because BOOTSTRAP_SECRET is not set. Locally add BOOTSTRAP_SECRET=<random> to .dev.vars (npm start writes one); in production run `wrangler secret put BOOTSTRAP_SECRET`.',
      ),
    );
  }
  const given = readBearer(c.req.header('Authorization'));
  if (!given || !(await isSameSecret(given, secret))) {
    return respondError(
      c,
      httpError(
        401,
        'unauthorized',
        'Send the deployment\'s BOOTSTRAP_SECRET as "Authorization: Bearer <secret>" to create a workspace.',
      ),
    );
  }
  await next();
});
