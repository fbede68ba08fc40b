import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './env';
import { httpError, respondError } from './http/errors';
import { forbidStoring, setSecureHeaders } from './http/security-headers';
import { audit } from './routes/audit';
import { backup } from './routes/backup';
import { docs } from './routes/docs';
import { health } from './routes/health';
import { history } from './routes/history';
import { invites } from './routes/invites';
import { me } from './routes/me';
import { members } from './routes/members';
import { reminders } from './routes/reminders';
import { reports } from './routes/reports';
import { share } from './routes/share';
import { sync } from './routes/sync';
import { workspaces } from './routes/workspaces';

export { WorkspaceObject } from './workspace/workspace-object';

/** The Interim PMO API (docs/sync.md "API contract"); every error is `{ error: { code, message, details? } }`. */
const app = new Hono<AppEnv>()
  // First, so they also land on the CORS preflight that cors() answers by itself, on 404s and on errors.
  .use('*', setSecureHeaders, forbidStoring)
  // The extension calls from its service worker without host permissions, so every origin is allowed.
  .use(
    '*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Retry-After', 'Content-Disposition'],
      maxAge: 86_400,
    }),
  )
  // Each resource's routes carry their full paths, from their descriptions in shared/api/routes/.
  .route('/', health)
  .route('/', docs)
  .route('/', workspaces)
  .route('/', me)
  .route('/', invites)
  .route('/', members)
  .route('/', audit)
  .route('/', reports)
  .route('/', share)
  .route('/', reminders)
  .route('/', history)
  .route('/', backup)
  .route('/', sync);

app.notFound((c) =>
  respondError(
    c,
    httpError(
      404,
      'not_found',
      `There is no ${c.req.method} ${new URL(c.req.url).pathname}; see GET /v1/docs for the API.`,
    ),
  ),
);

app.onError((error, c) => {
  // zValidator's JSON parse failure is the only HTTPException we expect: the client sent broken JSON.
  if (error instanceof HTTPException && error.status === 400) {
    return respondError(
      c,
      httpError(
        400,
        'invalid_json',
        'The request body is not valid JSON (or is empty). Send one JSON object with Content-Type: application/json.',
      ),
    );
  }
  // The cause stays in the Worker's log; the client gets an id to quote, not our internals.
  const incident = crypto.randomUUID();
  console.error(`unhandled error, incident ${incident}`, error);
  return respondError(
    c,
    httpError(
      500,
      'internal',
      `The server failed unexpectedly (incident ${incident}). This is a bug; please report it with that id.`,
    ),
  );
});

export default app;
