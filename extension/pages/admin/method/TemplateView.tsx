import { i18n } from '#i18n';
import type { Template } from '../../../../shared/schemas/methodology';

/** A template as a role that cannot change it reads it: phases in order, each gate's criteria and artifacts. */
export function TemplateView({ template }: { template: Template }) {
  return (
    <ol class="method-phases" data-testid="method-view">
      {template.phases.map((phase, index) => (
        <li key={phase.id} class="method-phase card" data-testid="method-phase">
          <h4 class="method-phase__title">
            <span class="method-phase__number" aria-hidden="true">
              {index + 1}
            </span>
            {phase.name}
          </h4>
          {phase.requiredArtifacts.length > 0 ? (
            <>
              <p class="method-view__label">{i18n.t('adminMethod.phase.artifacts')}</p>
              <ul class="method-view__list">
                {phase.requiredArtifacts.map((artifact) => (
                  <li key={artifact}>{artifact}</li>
                ))}
              </ul>
            </>
          ) : null}
          {phase.gate ? (
            <div class="method-gate">
              <p class="method-view__gate">
                {phase.gate.name} · {i18n.t('adminMethod.gate.passScoreIs', [String(phase.gate.passScore)])}
              </p>
              <p class="method-view__label">{i18n.t('adminMethod.gate.mustMeet')}</p>
              <ul class="method-view__list" data-testid="method-view-must">
                {phase.gate.mustMeet.map((criterion) => (
                  <li key={criterion.id}>{criterion.text}</li>
                ))}
              </ul>
              <p class="method-view__label">{i18n.t('adminMethod.gate.shouldMeet')}</p>
              <ul class="method-view__list">
                {phase.gate.shouldMeet.map((criterion) => (
                  <li key={criterion.id}>
                    {criterion.text}{' '}
                    <span class="method-view__weight">
                      {i18n.t('adminMethod.gate.weight', [String(criterion.weight)])}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p class="field-hint">{i18n.t('adminMethod.gate.noneRead')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
