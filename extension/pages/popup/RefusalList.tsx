import { i18n } from '#i18n';
import type { ShownRefusal } from '../../db/shown-notices';
import { useBackgroundClient } from '../../ui/background-client';
import { TextWithCode } from '../common/TextWithCode';

/**
 * Edits the server refused for good: their local effect is gone, so say why and let the user dismiss
 * it. Worded already (db/shown-notices.ts), so the first paint draws them from the summary.
 */
export function RefusalList({ refusals }: { refusals: readonly ShownRefusal[] }) {
  const client = useBackgroundClient();
  if (refusals.length === 0) return null;
  return (
    <section class="refusals" aria-labelledby="refusals-title">
      <h2 id="refusals-title" class="visually-hidden">
        {i18n.t('popup.refusedTitle')}
      </h2>
      <ul>
        {refusals.map((refusal) => (
          <li key={`${refusal.clientId}:${refusal.id}`} class="refusal" data-testid="mutation-error">
            <p>
              <strong>{refusal.headline}</strong> <TextWithCode text={refusal.detail} />
            </p>
            <button
              type="button"
              class="button button--quiet"
              data-testid="dismiss-mutation-error"
              onClick={() =>
                void client.send('mutationError.dismiss', {
                  workspaceId: refusal.workspaceId,
                  clientId: refusal.clientId,
                  id: refusal.id,
                })
              }
            >
              {i18n.t('popup.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
