import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';

interface StepActionsProps {
  onBack?(): void;
  onNext?(): void;
  isNextDisabled?: boolean;
  /** More buttons, after Next. */
  children?: ComponentChildren;
}

/** Back and Next at the foot of a step; Back never loses what was chosen. */
export function StepActions({ onBack, onNext, isNextDisabled, children }: StepActionsProps) {
  return (
    <div class="form-actions import-step__actions">
      {onBack ? (
        <button type="button" class="button" data-testid="import-back" onClick={onBack}>
          {i18n.t('import.back')}
        </button>
      ) : null}
      {onNext ? (
        <button
          type="button"
          class="button button--primary"
          data-testid="import-next"
          disabled={isNextDisabled}
          onClick={onNext}
        >
          {i18n.t('import.next')}
        </button>
      ) : null}
      {children}
    </div>
  );
}
