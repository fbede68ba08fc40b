import { describe, expect, it } from 'vitest';
import { explainApiFailure } from '../../../extension/messaging/explain-api-failure';

/** The Worker's 401 texts (worker/auth): instructions for an HTTP client, not for a person. */
const workerUnauthorized = {
  code: 'unauthorized',
  message: 'Sign in again: send a valid access token as "Authorization: Bearer ipmo_…" (it may have been revoked).',
  status: 401,
};

describe('explainApiFailure', () => {
  it('answers a 401 with our own words, beside the field it is about', () => {
    expect(explainApiFailure(workerUnauthorized, { 401: 'token' })).toEqual({
      code: 'unauthorized',
      field: 'token',
      message:
        'The server did not accept this access: the token is wrong or was revoked. Ask your PMO for a new invite.',
    });
  });

  it('names the setup key when creating a workspace was refused, whatever the server said', () => {
    const refused = {
      code: 'unauthorized',
      message: 'Send the deployment\'s BOOTSTRAP_SECRET as "Authorization: Bearer <secret>" to create a workspace.',
      status: 401,
    };
    expect(explainApiFailure(refused, { 401: 'bootstrapSecret' }, 'setupKey').message).toBe(
      'This setup key is not the server’s. Ask whoever installed the server for it.',
    );
    const disabled = { code: 'bootstrap_disabled', message: 'BOOTSTRAP_SECRET is not set (.dev.vars).', status: 403 };
    expect(explainApiFailure(disabled, {}, 'setupKey').message).not.toMatch(/BOOTSTRAP|dev\.vars/);
  });

  it('keeps any other server message, which says what to do', () => {
    const forbidden = { code: 'forbidden', message: 'A viewer cannot edit risks. Ask an owner or PMO.', status: 403 };
    expect(explainApiFailure(forbidden, {})).toEqual({ code: 'forbidden', message: forbidden.message });
  });
});
