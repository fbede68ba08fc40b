import { i18n } from '#i18n';
import { bandOfScore, scoreRisk } from '../../../shared/risk-score';
import type { Risk } from '../../../shared/schemas/risk';
import { useNow } from '../use-now';
import { describeRiskReview } from './describe-risk-review';
import { ScoreChip } from './ScoreChip';

/** A project's risks, highest score first (the caller sorts): who owns each, where it stands, when it is reviewed. */
export function RiskList({ risks }: { risks: Risk[] }) {
  // "Review overdue N days" moves at midnight; a minute's refresh is plenty.
  const today = new Date(useNow(60_000));
  return (
    <>
      <ol class="risk-list" data-testid="risk-list" aria-label={i18n.t('popup.risksTitle')}>
        {risks.map((risk) => {
          const score = scoreRisk(risk.probability, risk.impact);
          const review = describeRiskReview(risk, today);
          return (
            <li key={risk.id} class="risk" data-testid="risk-item" data-risk-id={risk.id}>
              <ScoreChip score={score} band={bandOfScore(score)} testId="risk-score" />
              <span class="risk__body">
                <span class="risk__title">{risk.title}</span>
                <span class="risk__meta">
                  <span data-testid="risk-owner">{risk.owner?.name ?? i18n.t('popup.noOwner')}</span>
                  {' · '}
                  <span data-testid="risk-status">{i18n.t(`popup.status.${risk.status}` as const)}</span>
                  {' · '}
                  {i18n.t('popup.riskRating', [String(risk.probability), String(risk.impact)])}
                  {risk.version === 0 ? <span class="risk__unsynced"> · {i18n.t('popup.notSynced')}</span> : null}
                </span>
                <span
                  class={review.isOverdue ? 'risk__review risk__review--overdue' : 'risk__review'}
                  data-testid="risk-review"
                  data-overdue={String(review.isOverdue)}
                  title={review.day}
                >
                  {review.text}
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
