import { useCallback, useState } from 'preact/hooks';
import type { MutationArgs, MutationName } from '../../../shared/mutations/registry';
import type { MessageError } from '../../messaging/protocol';
import { useBackgroundClient } from '../../ui/background-client';

/**
 * A field a form emptied is `undefined` in its patch, which the message's JSON would drop, keeping the
 * old value; `null` is how a patch clears a field (toPatchSchema in shared/mutations/entity-mutators.ts).
 */
function withClearedFields<A>(args: A): A {
  const patch = (args as { patch?: Record<string, unknown> }).patch;
  if (!patch || typeof patch !== 'object') return args;
  const cleared = Object.fromEntries(Object.entries(patch).map(([field, value]) => [field, value ?? null]));
  return { ...args, patch: cleared };
}

/** How an edit went: applied (offline too: it syncs later), or refused with what to show. */
export type EditOutcome = { ok: true } | { ok: false; error: MessageError; message: string };

/**
 * Sends one edit to the background, which applies it at once to the local copy and syncs it. A
 * refusal comes back in the reader's language.
 */
export function useMutate(workspaceId: string) {
  const client = useBackgroundClient();
  return useCallback(
    async <N extends MutationName>(name: N, args: MutationArgs<N>): Promise<EditOutcome> => {
      const result = await client.send('mutate', { workspaceId, name, args: withClearedFields(args) });
      if (result.ok) return { ok: true };
      // The background already wrote the refusal in the reader's language (dispatch-message.ts).
      return { ok: false, error: result.error, message: result.error.message };
    },
    [client, workspaceId],
  );
}

/**
 * One edit sent from a dialog's form: busy while it goes (so the submit button is off), its refusal
 * kept as the form's error. Resolves to whether the edit was applied.
 */
export function useSubmitEdit(workspaceId: string) {
  const mutate = useMutate(workspaceId);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  async function send<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<boolean> {
    setIsBusy(true);
    const outcome = await mutate(name, args);
    setIsBusy(false);
    if (!outcome.ok) setError(outcome.message);
    return outcome.ok;
  }
  return { isBusy, error, setError, send };
}
