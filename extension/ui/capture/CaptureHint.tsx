import { i18n } from '#i18n';
import type { CaptureFormValues } from './capture-form-values';

type HintPart = 'cause' | 'event' | 'effect';
const parts: HintPart[] = ['cause', 'event', 'effect'];

interface CaptureHintProps {
  values: Pick<CaptureFormValues, HintPart>;
  onValue(part: HintPart, value: string): void;
}

/**
 * The risk statement as a sentence ("Because of <cause>, <event> may happen, leading to <effect>"),
 * filled in as the user types; the three optional fields stay folded until asked for.
 */
export function CaptureHint({ values, onValue }: CaptureHintProps) {
  const blank = i18n.t('capture.hintBlank');
  const [cause, event, effect] = parts.map((part) => values[part].trim() || blank);
  return (
    <details class="capture-hint" data-testid="capture-hint">
      <summary class="capture-hint__sentence" title={i18n.t('capture.hintToggle')}>
        {i18n.t('capture.hint', [cause, event, effect])}
      </summary>
      <div class="capture-hint__fields">
        {parts.map((part) => (
          <div class="capture-field" key={part}>
            <label class="capture-label" for={`capture-${part}`}>
              {i18n.t(`capture.${part}` as const)}
            </label>
            <input
              id={`capture-${part}`}
              data-testid={`capture-${part}`}
              value={values[part]}
              maxLength={2000}
              autoComplete="off"
              onInput={(event) => onValue(part, event.currentTarget.value)}
            />
          </div>
        ))}
      </div>
    </details>
  );
}
