import { useState } from 'preact/hooks';
import type { ConnectionSummary, MessageError, MessageResult } from '../../messaging/protocol';
import type { FormCheck } from '../../workspaces/validate-workspace-forms';

/** Where each form sends errors: the server URL field is shared by the whole page. */
export type ServerUrlReporter = (message: string | undefined) => void;

/**
 * State of a "way in" form: an error beside each field named in `fieldIds` (input name → element
 * id), a form-level error for the rest, and a success line once connected.
 */
export function useConnectForm<F extends string>(fieldIds: Record<F, string>, reportServerUrlError: ServerUrlReporter) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [connected, setConnected] = useState<ConnectionSummary>();
  const [isBusy, setBusy] = useState(false);

  function showErrors(errors: MessageError[]): void {
    const byField: Record<string, string> = {};
    let general: string | undefined;
    for (const error of errors) {
      if (error.field === 'serverUrl') reportServerUrlError(error.message);
      else if (error.field && error.field in fieldIds) byField[error.field] ??= error.message;
      else general ??= error.message;
    }
    setFieldErrors(byField);
    setFormError(general);
    const first = errors.find((error) => error.field && (error.field === 'serverUrl' || error.field in fieldIds));
    const firstId = first?.field === 'serverUrl' ? 'server-url' : first?.field ? fieldIds[first.field as F] : undefined;
    if (firstId) document.getElementById(firstId)?.focus();
  }

  /** Checks locally, then asks the background; answers whether the workspace got connected. */
  async function submit<T>(
    check: FormCheck<T>,
    send: () => Promise<MessageResult<ConnectionSummary>>,
  ): Promise<boolean> {
    setConnected(undefined);
    if (!check.ok) {
      showErrors(check.errors);
      return false;
    }
    reportServerUrlError(undefined);
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (!result.ok) {
      showErrors([result.error]);
      return false;
    }
    setFieldErrors({});
    setFormError(undefined);
    setConnected(result.value);
    return true;
  }

  function clearFieldError(field: string): void {
    if (fieldErrors[field]) setFieldErrors({ ...fieldErrors, [field]: '' });
  }

  /** Props for a TextField: its id, the error beside it, and clearing that error as the user types. */
  function bindField(field: F, setter: (value: string) => void) {
    return {
      id: fieldIds[field],
      error: fieldErrors[field] || undefined,
      onValue: (value: string) => {
        setter(value);
        clearFieldError(field);
      },
    };
  }

  return { fieldErrors, formError, connected, isBusy, submit, bindField, clearFieldError };
}
