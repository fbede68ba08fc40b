import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { BackgroundClient } from '../background-client';
import type { CaptureSaved } from './capture-form-values';

/** Long enough to read "Risk captured" and reach Undo; the toast stays while the pointer or focus is on it. */
export const toastShownMs = 8000;
const undoneShownMs = 2500;

interface CaptureToastProps {
  saved: CaptureSaved;
  client: BackgroundClient;
  /** Whether to offer "Open" (not in the popup, which is already open). */
  hasOpen?: boolean;
  onDone(): void;
}

/** "Risk captured" with Undo and Open, gone after 8 s; Undo deletes the record (synced or not). */
export function CaptureToast({ saved, client, hasOpen = true, onDone }: CaptureToastProps) {
  const [state, setState] = useState<'shown' | 'busy' | 'undone'>('shown');
  const [error, setError] = useState<string>();
  const [isHeld, setIsHeld] = useState(false);

  useEffect(() => {
    if (isHeld || state === 'busy' || error) return;
    const timer = setTimeout(onDone, state === 'undone' ? undoneShownMs : toastShownMs);
    return () => clearTimeout(timer);
  }, [isHeld, state, error]);

  async function run(type: 'capture.undo' | 'capture.open') {
    setState('busy');
    const answer = await client.send(type, { id: saved.id, kind: saved.kind });
    if (!answer.ok) {
      setState('shown');
      setError(answer.error.message);
    } else if (type === 'capture.undo') setState('undone');
    else onDone();
  }

  const hold = () => setIsHeld(true);
  const release = () => setIsHeld(false);
  return (
    <div
      class="capture-toast"
      data-testid="capture-toast"
      data-state={state}
      role="status"
      onMouseEnter={hold}
      onMouseLeave={release}
      onFocusIn={hold}
      onFocusOut={release}
    >
      <span class="capture-toast__text">
        {state === 'undone' ? i18n.t('capture.undone') : i18n.t(`capture.captured.${saved.kind}` as const)}
      </span>
      {state === 'undone' ? null : (
        <span class="capture-toast__actions">
          <button
            type="button"
            class="capture-button"
            data-testid="capture-undo"
            disabled={state === 'busy'}
            onClick={() => void run('capture.undo')}
          >
            {i18n.t('capture.undo')}
          </button>
          {hasOpen ? (
            <button
              type="button"
              class="capture-button"
              data-testid="capture-open"
              disabled={state === 'busy'}
              onClick={() => void run('capture.open')}
            >
              {i18n.t('capture.open')}
            </button>
          ) : null}
        </span>
      )}
      {error ? (
        <span class="capture-error" data-testid="capture-toast-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
