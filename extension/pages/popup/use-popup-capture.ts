import { useEffect, useState } from 'preact/hooks';
import type { BackgroundClient } from '../../ui/background-client';
import type { CaptureStart } from '../../ui/capture/capture-form-values';

/** What the popup opens with: a capture to finish, a capture that could not be read, or its usual view. */
export type PopupCapture = { status: 'ready'; start: CaptureStart } | { status: 'failed'; message: string } | null;

/** The popup was opened to capture: `popup.html?capture=1`, the tab opened where the popup could not be. */
export function isCaptureRequested(search: string): boolean {
  return new URLSearchParams(search).get('capture') === '1';
}

/**
 * Asks the background for a capture left where the card could not run (chrome:// pages, the Web
 * Store, the PDF viewer). Without one, the popup opens as usual, unless it was opened to capture.
 * `undefined` while the background answers.
 */
export function usePopupCapture(client: BackgroundClient, search: string): PopupCapture | undefined {
  const [capture, setCapture] = useState<PopupCapture | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    const isRequested = isCaptureRequested(search);
    const settle = (next: PopupCapture) => {
      if (isCurrent) setCapture(next);
    };
    client.send('capture.start', { fromPopup: true }).then(
      (answer) => {
        if (answer?.ok) settle({ status: 'ready', start: answer.value });
        else settle(isRequested && answer ? { status: 'failed', message: answer.error.message } : null);
      },
      () => settle(null),
    );
    return () => {
      isCurrent = false;
    };
  }, [client, search]);
  return capture;
}
