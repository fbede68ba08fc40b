import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { captureKinds } from '../../../shared/capture/capture-draft';
import type { BackgroundClient } from '../background-client';
import { CaptureBlocked } from './CaptureBlocked';
import { CaptureField, CaptureSelect } from './CaptureField';
import { CaptureKindFields } from './CaptureKindFields';
import { CaptureProjectField } from './CaptureProjectField';
import { CaptureQuote } from './CaptureQuote';
import { CaptureRiskFields } from './CaptureRiskFields';
import {
  type CaptureFormValues,
  type CaptureSaved,
  type CaptureStart,
  fieldsOfKind,
  initialCaptureValues,
  toCaptureSave,
} from './capture-form-values';

export interface CaptureFormProps {
  start: CaptureStart;
  client: BackgroundClient;
  onSaved(saved: CaptureSaved): void;
  onClose(): void;
  /** Runs once the first field has focus: the card's timing hook. */
  onFocused?(): void;
  now?: () => Date;
}

/**
 * Whether Enter on this element saves: every field does (the rating radios too), but buttons that
 * do something else (close, the disclosure) keep their own Enter, and a textarea keeps its newline
 * without Ctrl.
 */
function isEnterForSaving(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.isComposing) return false;
  const target = event.target as HTMLElement;
  if (target.tagName === 'TEXTAREA') return event.ctrlKey || event.metaKey;
  if (target.tagName === 'SUMMARY') return false;
  if (target.tagName === 'BUTTON') return target.getAttribute('type') === 'submit';
  return true;
}

/**
 * The capture form shared by the card on the page and the popup: a title prefilled from the
 * selection, the quote shown as text, the kind's own fields, Enter to save and Esc to close.
 */
export function CaptureForm({ start, client, onSaved, onClose, onFocused, now = () => new Date() }: CaptureFormProps) {
  const [values, setValues] = useState<CaptureFormValues>(() => initialCaptureValues(start, now()));
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const saving = useRef(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const shape = fieldsOfKind[values.kind];
  const isConnected = start.workspace !== null;
  const hasProjects = start.projects.length > 0;

  useLayoutEffect(() => {
    // Without a form to fill (no workspace, no project), the notice's button, else the close button.
    const target =
      titleInput.current ??
      form.current?.querySelector<HTMLElement>('.capture-notice button') ??
      form.current?.querySelector<HTMLElement>('button');
    if (!target) return;
    target.focus({ preventScroll: true });
    if (target instanceof HTMLInputElement) target.setSelectionRange(target.value.length, target.value.length);
    onFocused?.();
  }, []);

  const set = <K extends keyof CaptureFormValues>(key: K, value: CaptureFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function save() {
    if (saving.current || !isConnected || !hasProjects) return;
    if (!values.title.trim()) {
      setError(i18n.t('capture.titleRequired'));
      titleInput.current?.focus();
      return;
    }
    saving.current = true;
    setIsSaving(true);
    const answer = await client.send('capture.save', toCaptureSave(values, start));
    saving.current = false;
    setIsSaving(false);
    if (answer.ok) onSaved(answer.value);
    else setError(answer.error.message);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (isEnterForSaving(event)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <form
      ref={form}
      class="capture"
      data-testid="capture-card"
      data-kind={values.kind}
      aria-labelledby="capture-heading"
      aria-busy={isSaving ? 'true' : undefined}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <header class="capture__header">
        <h2 class="capture__heading" id="capture-heading">
          {i18n.t(`capture.heading.${values.kind}` as const)}
        </h2>
        <button
          type="button"
          class="capture__close"
          data-testid="capture-close"
          aria-label={i18n.t('capture.close')}
          title={i18n.t('capture.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {!isConnected || !hasProjects ? (
        <CaptureBlocked isConnected={isConnected} client={client} onClose={onClose} />
      ) : (
        <>
          <CaptureField
            id="capture-title"
            label={i18n.t(values.kind === 'decision' ? 'capture.statement' : 'capture.title')}
          >
            <input
              ref={titleInput}
              id="capture-title"
              data-testid="capture-title"
              value={values.title}
              maxLength={values.kind === 'decision' ? 1000 : 300}
              autoComplete="off"
              aria-invalid={error && !values.title.trim() ? 'true' : undefined}
              onInput={(event) => set('title', event.currentTarget.value)}
            />
          </CaptureField>
          <CaptureQuote start={start} />
          <div class="capture-row">
            <CaptureSelect
              id="capture-kind"
              label={i18n.t('capture.kind')}
              value={values.kind}
              options={captureKinds}
              describe={(kind) => i18n.t(`capture.kinds.${kind}` as const)}
              onValue={(kind) => set('kind', kind)}
            />
            <CaptureProjectField start={start} value={values.projectId} onValue={(id) => set('projectId', id)} />
          </div>
          {shape.isRisk ? <CaptureRiskFields values={values} set={set} matrix={start.riskMatrix} /> : null}
          <CaptureKindFields people={start.people} values={values} set={set} />
          {error ? (
            <p class="capture-error" data-testid="capture-error" role="alert">
              {error}
            </p>
          ) : null}
          <footer class="capture__footer">
            <span class="capture-note">{i18n.t('capture.keys')}</span>
            <button
              type="submit"
              class="capture-button capture-button--primary"
              data-testid="capture-save"
              disabled={isSaving}
            >
              {i18n.t(isSaving ? 'capture.saving' : 'capture.save')}
            </button>
          </footer>
        </>
      )}
    </form>
  );
}
