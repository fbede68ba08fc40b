import { useLayoutEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';

interface CaptureFailureProps {
  message: string;
  onClose(): void;
}

/** The card when there is nothing to capture (the background could not be reached, the capture is gone). */
export function CaptureFailure({ message, onClose }: CaptureFailureProps) {
  const close = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => close.current?.focus({ preventScroll: true }), []);
  return (
    <div class="capture" data-testid="capture-card" data-kind="">
      <header class="capture__header">
        <h2 class="capture__heading">{i18n.t('capture.cardLabel')}</h2>
        <button
          ref={close}
          type="button"
          class="capture__close"
          data-testid="capture-close"
          aria-label={i18n.t('capture.close')}
          title={i18n.t('capture.close')}
          onClick={onClose}
          // The close button is the card's only control, so it holds the focus Esc comes from.
          onKeyDown={(event) => {
            if (event.key === 'Escape') onClose();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p class="capture-error" data-testid="capture-error" role="alert">
        {message}
      </p>
    </div>
  );
}
