import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { LightName } from '../../../../shared/reports/report-lights';
import { type Rag, RagSchema } from '../../../../shared/schemas/common';
import type { DimensionStatus } from '../../../../shared/schemas/status-report';
import { RagChip } from '../../../ui/common/RagChip';
import { lightLabel, ragLabel } from './report-labels';

interface LightFieldProps {
  name: LightName;
  /** The light as it stands against today's data; undefined for a dimension nobody rated. */
  light: DimensionStatus | undefined;
  /** The data's sentence for a dimension it cannot rate (shown when `light` is undefined). */
  fallbackReason: string;
  onChange(light: DimensionStatus): void;
  /** Shown under the reason when Submit found it missing. */
  error?: string;
}

/**
 * One light of the draft: what the data suggests and why, the PM's choice (three radios, named in
 * words), and the reason, which becomes required as soon as the choice departs from the suggestion.
 */
export function LightField({ name, light, fallbackReason, onChange, error }: LightFieldProps) {
  const [isNoteOpen, setIsNoteOpen] = useState(false);
  const note = useRef<HTMLTextAreaElement>(null);
  // "Add a note" gives way to the note itself: the focus follows, or it would fall back to the page.
  useEffect(() => {
    if (isNoteOpen) note.current?.focus();
  }, [isNoteOpen]);
  const id = `status-light-${name}`;
  const suggested = light?.suggested;
  const isOverride = light !== undefined && suggested !== undefined && light.chosen !== suggested;
  const showsReason = isOverride || isNoteOpen || Boolean(light?.reason);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  function choose(rag: Rag) {
    onChange({ ...(light ?? { suggestedReason: fallbackReason }), chosen: rag });
  }

  return (
    <fieldset
      class={`status-light${isOverride ? ' status-light--override' : ''}`}
      data-testid={`light-${name}`}
      data-suggested={suggested ?? 'none'}
      data-chosen={light?.chosen ?? 'none'}
    >
      <legend class="status-light__name">{lightLabel(name)}</legend>
      <div class="status-light__suggested">
        <span class="status-light__caption">{i18n.t('workspaceStatus.suggested')}</span>
        <RagChip rag={suggested} testId={`light-suggested-${name}`} />
        <p class="status-light__reason" data-testid={`light-reason-${name}`}>
          {light?.suggestedReason ?? fallbackReason}
        </p>
      </div>
      <div
        class="status-light__choice"
        role="radiogroup"
        aria-label={i18n.t('workspaceStatus.chosenLabel', [lightLabel(name)])}
      >
        {RagSchema.options.map((rag) => (
          <label key={rag} class={`rag-option${light?.chosen === rag ? ` rag-option--checked chip--${rag}` : ''}`}>
            <input
              type="radio"
              name={id}
              value={rag}
              checked={light?.chosen === rag}
              data-testid={`light-${name}-${rag}`}
              onChange={() => choose(rag)}
            />
            <span>{ragLabel(rag)}</span>
          </label>
        ))}
      </div>
      {showsReason ? (
        <div class={error ? 'field field--invalid status-light__note' : 'field status-light__note'}>
          <label for={`${id}-reason`}>
            {isOverride ? i18n.t('workspaceStatus.reasonRequiredLabel') : i18n.t('workspaceStatus.reasonLabel')}
          </label>
          <textarea
            ref={note}
            id={`${id}-reason`}
            data-testid={`light-${name}-reason`}
            rows={2}
            maxLength={2000}
            value={light?.reason ?? ''}
            required={isOverride}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={[error ? errorId : '', isOverride ? hintId : ''].filter(Boolean).join(' ') || undefined}
            onInput={(event) => light && onChange({ ...light, reason: event.currentTarget.value })}
          />
          {isOverride && suggested && light ? (
            <p id={hintId} class="field-hint">
              {i18n.t('workspaceStatus.reasonRequiredHint', [ragLabel(suggested), ragLabel(light.chosen)])}
            </p>
          ) : null}
          {error ? (
            <p id={errorId} class="field-error" data-testid={`light-${name}-error`}>
              {error}
            </p>
          ) : null}
        </div>
      ) : light ? (
        <button type="button" class="button button--link status-light__add-note" onClick={() => setIsNoteOpen(true)}>
          {i18n.t('workspaceStatus.addNote')}
        </button>
      ) : null}
    </fieldset>
  );
}
