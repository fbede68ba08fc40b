import { useCallback } from 'preact/hooks';
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
