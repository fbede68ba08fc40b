import { i18n } from '#i18n';
import type { MessageError } from './protocol';
import type { SyncError } from './sync-state';

/** What a 401 refused: a member's access token (every call but one) or the server's setup key (creating a workspace). */
export type RefusedCredential = 'token' | 'setupKey';

/**
 * The words a person reads for a failed call (the background's ApiError, or the SyncError kept from
 * one: the same code, message and status). The server's message is kept (it says what went wrong
 * and what to do), except where it speaks to whoever runs the server: a 401 explains the HTTP header
 * to send, and a disabled workspace creation names the server's configuration. Those get our own text.
 */
export function describeApiFailure(error: SyncError, credential: RefusedCredential = 'token'): string {
  if (error.status === 401) {
    return credential === 'setupKey' ? i18n.t('errors.setupKeyRefused') : i18n.t('errors.tokenRefused');
  }
  if (error.code === 'bootstrap_disabled') return i18n.t('errors.setupDisabled');
  return error.message;
}

/**
 * Explains the failure in the user's words (describeApiFailure) and names the form field it is
 * about, so the page shows it beside that field; other failures belong to the whole form.
 */
export function explainApiFailure(
  error: SyncError,
  fieldOfStatus: Record<number, string>,
  credential: RefusedCredential = 'token',
): MessageError {
  const field = error.status === undefined ? undefined : fieldOfStatus[error.status];
  const explained: MessageError = { code: error.code, message: describeApiFailure(error, credential) };
  if (field) explained.field = field;
  return explained;
}
