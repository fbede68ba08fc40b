import { i18n } from '#i18n';
import type { GateState, PhaseStep } from '../../../../shared/methodology/gate-progress';
import { gateStateChip, gateStateLabel } from './gate-labels';

function stateOfStep(step: PhaseStep): GateState | undefined {
  const review = step.latestReview;
  if (!review) return undefined;
  return review.status === 'requested' ? 'waiting' : review.decision;
}

/** The template's phases in order, the project's current one marked, with the latest gate into each. */
export function PhaseStepper({ steps }: { steps: readonly PhaseStep[] }) {
  return (
    <ol class="gate-stepper" data-testid="gate-stepper" aria-label={i18n.t('workspaceGate.stepperLabel')}>
      {steps.map((step) => {
        const state = stateOfStep(step);
        return (
          <li
            key={step.phase.id}
            class={`gate-stepper__step gate-stepper__step--${step.status}`}
            aria-current={step.status === 'current' ? 'step' : undefined}
            data-testid="gate-step"
            data-status={step.status}
          >
            <span class="gate-stepper__marker" aria-hidden="true">
              {step.status === 'done' ? '✓' : String(step.index + 1)}
            </span>
            <span class="gate-stepper__body">
              <span class="gate-stepper__name">{step.phase.name}</span>
              <span class="gate-stepper__status">{i18n.t(`workspaceGate.stepStatus.${step.status}`)}</span>
              {state ? <span class={`${gateStateChip(state)} gate-stepper__chip`}>{gateStateLabel(state)}</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
