import type { BackgroundClient } from '../../ui/background-client';
import { CaptureFailure } from '../../ui/capture/CaptureFailure';
import { CaptureForm } from '../../ui/capture/CaptureForm';
import type { CaptureSaved } from '../../ui/capture/capture-form-values';
import type { PopupCapture } from './use-popup-capture';
import '../../ui/capture/capture.css';
import '../../ui/capture/capture-fields.css';

interface PopupCaptureViewProps {
  capture: NonNullable<PopupCapture>;
  client: BackgroundClient;
  onSaved(saved: CaptureSaved): void;
  onClose(): void;
}

/** The capture card's form inside the popup, for pages where the card cannot run; same fields, same test ids. */
export function PopupCaptureView({ capture, client, onSaved, onClose }: PopupCaptureViewProps) {
  return (
    <main class="popup popup--capture">
      {capture.status === 'ready' ? (
        <CaptureForm start={capture.start} client={client} onSaved={onSaved} onClose={onClose} />
      ) : (
        <CaptureFailure message={capture.message} onClose={onClose} />
      )}
    </main>
  );
}
