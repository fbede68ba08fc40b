import { i18n } from '#i18n';
import type { BackgroundClient } from '../background-client';

interface CaptureBlockedProps {
  isConnected: boolean;
  client: BackgroundClient;
  onClose(): void;
}

/** Why nothing can be captured yet (no workspace joined, no project), and where to go about it. */
export function CaptureBlocked({ isConnected, client, onClose }: CaptureBlockedProps) {
  if (isConnected) {
    return (
      <p class="capture-notice" data-testid="capture-error" role="alert">
        {i18n.t('captureErrors.noProject')}
      </p>
    );
  }
  return (
    <div class="capture-notice" data-testid="capture-error" role="alert">
      <p>{i18n.t('capture.notConnected')}</p>
      <button
        type="button"
        class="capture-button"
        data-testid="capture-open-settings"
        onClick={() => void client.send('options.open', {}).then(onClose)}
      >
        {i18n.t('capture.openSettings')}
      </button>
    </div>
  );
}
