import { useState } from 'preact/hooks';
import type { ConnectionSummary, MessageError, MessageInput, MessageResult } from '../../messaging/protocol';
import {
  checkCreateWorkspaceForm,
  checkJoinForm,
  checkTokenForm,
  type FormCheck,
} from '../../messaging/validate-workspace-forms';
import { useBackgroundClient } from '../../ui/background-client';

/** Where each form sends errors: the server URL field is shared by the whole page. */
export type ServerUrlReporter = (message: string | undefined) => void;

/** What the options page gives each way in: the server URL field's value, and where its errors go. */
export interface WayInProps {
  serverUrl: string;
  reportServerUrlError: ServerUrlReporter;
}

/** Each way into a workspace, checked here as the background will check it again. */
const checks = {
  'workspace.create': checkCreateWorkspaceForm,
  'workspace.join': checkJoinForm,
  'workspace.connectWithToken': checkTokenForm,
};
type WayIn = keyof typeof checks;
type FieldOf<M extends WayIn> = Exclude<keyof MessageInput<M>, 'serverUrl'> & string;

interface ConnectFormOptions<M extends WayIn> extends WayInProps {
  message: M;
  /** The form's fields, each with its element's id. */
  fieldIds: Record<FieldOf<M>, string>;
  /** Fields emptied once connected (a secret, a one-time code); the others stay for the next try. */
  clearOnConnect: FieldOf<M>[];
  /** Values the form starts with (an invite link's code). */
  initialValues?: Partial<Record<FieldOf<M>, string>>;
}

/**
 * State of a "way in" form: the value of each field and an error beside it, a form-level error for
 * the rest, and a success line once connected.
 */
export function useConnectForm<M extends WayIn>(options: ConnectFormOptions<M>) {
  const { message, fieldIds, clearOnConnect, serverUrl, reportServerUrlError } = options;
  const client = useBackgroundClient();
  const [values, setValues] = useState(() => ({
    ...emptyValues(Object.keys(fieldIds) as FieldOf<M>[]),
    ...options.initialValues,
  }));
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
    const firstId =
      first?.field === 'serverUrl' ? 'server-url' : first?.field ? fieldIds[first.field as FieldOf<M>] : undefined;
    if (firstId) document.getElementById(firstId)?.focus();
  }

  /** Checks locally, then asks the background to connect. */
  async function submit(): Promise<void> {
    const input = { serverUrl, ...values } as MessageInput<M>;
    const check = (checks[message] as (input: MessageInput<M>) => FormCheck<unknown>)(input);
    setConnected(undefined);
    if (!check.ok) {
      showErrors(check.errors);
      return;
    }
    reportServerUrlError(undefined);
    setBusy(true);
    const result = (await client.send(message, input)) as MessageResult<ConnectionSummary>;
    setBusy(false);
    if (!result.ok) {
      showErrors([result.error]);
      return;
    }
    setFieldErrors({});
    setFormError(undefined);
    setConnected(result.value);
    setValues((current) => ({ ...current, ...emptyValues(clearOnConnect) }));
  }

  function clearFieldError(field: string): void {
    if (fieldErrors[field]) setFieldErrors({ ...fieldErrors, [field]: '' });
  }

  /** Props for a TextField: its id and value, the error beside it, and clearing that error as the user types. */
  function bindField(field: FieldOf<M>) {
    return {
      id: fieldIds[field],
      value: values[field],
      error: fieldErrors[field] || undefined,
      onValue: (value: string) => {
        setValues((current) => ({ ...current, [field]: value }));
        clearFieldError(field);
      },
    };
  }

  return { formError, connected, isBusy, submit, bindField };
}

function emptyValues<F extends string>(fields: readonly F[]): Record<F, string> {
  return Object.fromEntries(fields.map((field) => [field, ''])) as Record<F, string>;
}
