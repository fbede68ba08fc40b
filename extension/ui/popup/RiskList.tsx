import { i18n } from '#i18n';
import { bandOfScore, scoreRisk } from '../../../shared/risk-score';
import type { Risk } from '../../../shared/schemas/risk';
import { ScoreChip } from './ScoreChip';

/** A project's risks, highest score first (the caller sorts). */
export function RiskList({ risks }: { risks: Risk[] }) {
  return (
    <>
      <ol class="risk-list" data-testid="risk-list" aria-label={i18n.t('popup.risksTitle')}>
        {risks.map((risk) => {
          const score = scoreRisk(risk.probability, risk.impact);
          return (
            <li key={risk.id} class="risk" data-testid="risk-item" data-risk-id={risk.id}>
              <ScoreChip score={score} band={bandOfScore(score)} testId="risk-score" />
              <span class="risk__body">
                <span class="risk__title">{risk.title}</span>
                <span class="risk__meta">
                  {i18n.t('popup.riskRating', [String(risk.probability), String(risk.impact)])}
                  {risk.version === 0 ? <span class="risk__unsynced"> · {i18n.t('popup.notSynced')}</span> : null}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      {risks.length === 0 ? <p class="muted">{i18n.t('popup.noRisks')}</p> : null}
    </>
  );
}
