import type { ApiError } from '../adapters/worker-api/request-json';
import type { MessageError } from '../messaging/protocol';

/**
 * Keeps the server's message (it says what went wrong and what to do) and names the form field
 * it is about, so the page shows it beside that field; other failures belong to the whole form.
 */
export function explainApiFailure(error: ApiError, fieldOfStatus: Record<number, string>): MessageError {
  const field = error.status === undefined ? undefined : fieldOfStatus[error.status];
  const explained: MessageError = { code: error.code, message: error.message };
  if (field) explained.field = field;
  return explained;
}
