import { i18n } from '#i18n';
import type { Phase } from '../../../../shared/schemas/methodology';
import { PlaybookLinks } from '../../admin/playbooks/PlaybookLinks';
import { formatGateScore } from './gate-labels';
import { RequiredArtifacts } from './RequiredArtifacts';

/** The next gate's criteria as a reader sees them, for a member who may not request the review. */
export function GateCriteria({ next, language }: { next: Phase; language: string }) {
  const gate = next.gate;
  return (
    <div class="gate-criteria" data-testid="gate-criteria">
      {gate && gate.mustMeet.length > 0 ? (
        <section class="gate-section">
          <h4 class="gate-section__title">{i18n.t('workspaceGate.mustMeet.title')}</h4>
          <ul class="gate-criteria__list">
            {gate.mustMeet.map((criterion) => (
              <li key={criterion.id}>
                {criterion.text}
                <PlaybookLinks criterionId={criterion.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {gate && gate.shouldMeet.length > 0 ? (
        <section class="gate-section">
          <h4 class="gate-section__title">{i18n.t('workspaceGate.shouldMeet.title')}</h4>
          <ul class="gate-criteria__list">
            {gate.shouldMeet.map((criterion) => (
              <li key={criterion.id}>
                {criterion.text}{' '}
                <span class="gate-scores__weight">
                  {i18n.t('workspaceGate.shouldMeet.weight', [String(criterion.weight)])}
                </span>
                <PlaybookLinks criterionId={criterion.id} />
              </li>
            ))}
          </ul>
          <p class="field-hint">
            {i18n.t('workspaceGate.score.passScore', [formatGateScore(gate.passScore, language)])}
          </p>
        </section>
      ) : null}
      <RequiredArtifacts artifacts={next.requiredArtifacts} />
    </div>
  );
}
