import { i18n } from '#i18n';
import { formatAppError } from '../../../shared/result';
import type { MutationErrorRow } from '../../db/database';
import { readUiLanguage } from '../../messaging/ui-language';
import { useBackgroundClient } from '../../ui/background-client';
import { TextWithCode } from '../common/TextWithCode';

/** Names what was refused ("Not saved (new risk):"), or just "Not saved:" when the mutation is unknown. */
function describeRefusedMutation(row: MutationErrorRow): string {
  if (!row.name) return i18n.t('popup.refusedLabel');
  return i18n.t('popup.refusedNamed', [i18n.t(`mutations.${row.name}` as const)]);
}

/** Edits the server refused for good: their local effect is gone, so say why and let the user dismiss it. */
export function MutationErrorList({ errors }: { errors: MutationErrorRow[] }) {
  const client = useBackgroundClient();
  if (errors.length === 0) return null;
  return (
    <section class="refusals" aria-labelledby="refusals-title">
      <h2 id="refusals-title" class="visually-hidden">
        {i18n.t('popup.refusedTitle')}
      </h2>
      <ul>
        {errors.map((row) => (
          <li key={`${row.clientId}:${row.id}`} class="refusal" data-testid="mutation-error">
            <p>
              <strong>{describeRefusedMutation(row)}</strong>{' '}
              <TextWithCode text={formatAppError(readUiLanguage(), row.error)} />
            </p>
            <button
              type="button"
              class="button button--quiet"
              data-testid="dismiss-mutation-error"
              onClick={() =>
                void client.send('mutationError.dismiss', {
                  workspaceId: row.workspaceId,
                  clientId: row.clientId,
                  id: row.id,
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
