import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useBackgroundClient } from '../../../ui/background-client';

/** Opens the extension's popup (a tab with it where the browser cannot open the popup itself). */
export function OpenPopupButton({ testId }: { testId: string }) {
  const client = useBackgroundClient();
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        class="pmo-button"
        data-testid={testId}
        onClick={async () => {
          setError(undefined);
          const answer = await client.send('popup.open', {});
          if (!answer.ok) setError(answer.error.message);
        }}
      >
        {i18n.t('overlay.openPopup')}
      </button>
      {error ? (
        <span class="pmo-form-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
