import { render } from 'preact';
import type { BackgroundClient } from '../../ui/background-client';
import { CaptureFailure } from '../../ui/capture/CaptureFailure';
import { CaptureForm } from '../../ui/capture/CaptureForm';
import { CaptureToast } from '../../ui/capture/CaptureToast';
import captureCss from '../../ui/capture/capture.css?inline';
import captureFieldsCss from '../../ui/capture/capture-fields.css?inline';
import type { CaptureSaved, CaptureStart } from '../../ui/capture/capture-form-values';
import cardCss from './capture-card.css?inline';
import { type CaptureHost, createCaptureHost } from './capture-host';

type CardState =
  | { status: 'loading' }
  | { status: 'ready'; start: CaptureStart }
  | { status: 'failed'; message: string }
  | null;

export interface CaptureCardOptions {
  background: BackgroundClient;
  /** `performance.now()` when the script started: kept on the host beside the focus time for the bench. */
  startedAt?: number;
  now?: () => Date;
}

interface CaptureCardSession {
  /** Focuses the card already open, if any: a second shortcut must not mount a second card. */
  focusOpenCard(): boolean;
  open(options: CaptureCardOptions): void;
}

// The script is injected again on every shortcut into the same isolated world: its globals outlive
// one run, and the page cannot see them.
const sessionKey = '__interimPmoCaptureCard';
type SessionScope = { [sessionKey]?: CaptureCardSession };

/** The capture card on this page: opens it, or focuses the one already open. */
export function startCaptureCard(options: CaptureCardOptions): void {
  const scope = globalThis as SessionScope;
  const session = scope[sessionKey] ?? createCaptureCardSession();
  scope[sessionKey] = session;
  if (!session.focusOpenCard()) session.open(options);
}

/** Marks the page for the bench and the e2e tests: `ready` once the title has focus. */
const markPage = (state: 'ready' | 'closed') => {
  document.documentElement.dataset.interimPmoCapture = state;
};

function createCaptureCardSession(): CaptureCardSession {
  let mounted: CaptureHost | null = null;
  let card: CardState = null;
  let toast: CaptureSaved | null = null;
  let generation = 0;
  let returnFocusTo: Element | null = null;
  let options: CaptureCardOptions;

  const hostOnPage = () => {
    if (!mounted?.host.isConnected) mounted = createCaptureHost(`${captureCss}\n${captureFieldsCss}\n${cardCss}`);
    return mounted;
  };

  const unmount = () => {
    if (!mounted) return;
    render(null, mounted.container);
    mounted.host.remove();
    mounted = null;
  };

  const draw = () => {
    if (!card && !toast) {
      unmount();
      return;
    }
    const { container, host } = hostOnPage();
    const { background, now } = options;
    const onFocused = () => {
      host.setAttribute('data-interim-pmo-capture-focused-at', String(performance.now()));
      markPage('ready');
    };
    render(
      <div class="capture-layer">
        {card?.status === 'ready' ? (
          <div role="dialog" aria-labelledby="capture-heading">
            <CaptureForm
              key={generation}
              start={card.start}
              client={background}
              onSaved={saved}
              onClose={close}
              onFocused={onFocused}
              now={now}
            />
          </div>
        ) : card?.status === 'failed' ? (
          <div role="dialog">
            <CaptureFailure key={generation} message={card.message} onClose={close} />
          </div>
        ) : null}
        {toast ? (
          <CaptureToast
            key={toast.id}
            saved={toast}
            client={background}
            onDone={() => {
              toast = null;
              draw();
            }}
          />
        ) : null}
      </div>,
      container,
    );
  };

  /** Gives the keyboard back to where the user was on the page. */
  const leaveCard = () => {
    card = null;
    markPage('closed');
    draw();
    if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus({ preventScroll: true });
    returnFocusTo = null;
  };

  function close() {
    leaveCard();
  }

  function saved(result: CaptureSaved) {
    toast = result;
    leaveCard();
  }

  return {
    focusOpenCard() {
      if (!card || !mounted?.host.isConnected) return false;
      const find = (testId: string) => mounted?.shadow.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
      const target = find('capture-title') ?? find('capture-open-settings') ?? find('capture-close');
      target?.focus({ preventScroll: true });
      return true;
    },

    open(next) {
      options = next;
      generation += 1;
      const opened = generation;
      // Focus inside our own host (the toast's buttons) is not the page's.
      returnFocusTo = document.activeElement === mounted?.host ? null : document.activeElement;
      card = { status: 'loading' };
      // The host goes on the page while the background answers, so only the render waits for it.
      const { host } = hostOnPage();
      host.removeAttribute('data-interim-pmo-capture-focused-at');
      if (next.startedAt !== undefined)
        host.setAttribute('data-interim-pmo-capture-started-at', String(next.startedAt));
      draw();
      void next.background.send('capture.start', {}).then((answer) => {
        if (opened !== generation || !card) return;
        card = answer.ok
          ? { status: 'ready', start: answer.value }
          : { status: 'failed', message: answer.error.message };
        draw();
      });
    },
  };
}
