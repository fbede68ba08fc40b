import { i18n } from '#i18n';
import { type WizardStep, wizardSteps } from './wizard-state';

const stepWords: Record<WizardStep, () => string> = {
  source: () => i18n.t('import.steps.source'),
  kind: () => i18n.t('import.steps.kind'),
  mapping: () => i18n.t('import.steps.mapping'),
  preview: () => i18n.t('import.steps.preview'),
  problems: () => i18n.t('import.steps.problems'),
  diff: () => i18n.t('import.steps.diff'),
  result: () => i18n.t('import.steps.result'),
};

/** Where the user is among the steps; text, not colour alone, marks the current one. */
export function StepIndicator({ step }: { step: WizardStep }) {
  const current = wizardSteps.indexOf(step);
  return (
    <nav aria-label={i18n.t('import.steps.label')}>
      <p class="visually-hidden">
        {i18n.t('import.steps.current', [String(current + 1), String(wizardSteps.length), stepWords[step]()])}
      </p>
      <ol class="import-steps" data-testid="import-steps">
        {wizardSteps.map((name, index) => (
          <li
            key={name}
            class={index === current ? 'import-steps__step import-steps__step--current' : 'import-steps__step'}
            data-done={index < current ? 'true' : undefined}
            aria-current={index === current ? 'step' : undefined}
          >
            <span class="import-steps__number" aria-hidden="true">
              {index + 1}
            </span>
            {stepWords[name]()}
          </li>
        ))}
      </ol>
    </nav>
  );
}
