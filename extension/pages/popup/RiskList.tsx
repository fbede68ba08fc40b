import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { currentRating, currentScore } from '../../../shared/analytics/risk/risk-rating';
import { bandOfScore, type RiskMatrixSize } from '../../../shared/risk-score';
import { popupSummaryRiskCount, type SummaryRisk } from '../../db/popup-summary';
import { ScoreChip } from '../../ui/common/ScoreChip';
import { describeRiskReview } from '../common/describe-risk-review';
import { useNow } from '../use-now';

interface RiskListProps {
  /** In the shared ranking (rankRisks, the caller ranks): live risks, or the popup summary's. */
  risks: readonly SummaryRisk[];
  /** The workspace's matrix the chips are banded on; the default 5×5 without one. */
  matrix?: RiskMatrixSize | null;
  /** Opens a risk in the workspace app (its editor). */
  onOpen?(riskId: string): void;
}

/** A project's risks, highest current score first: who owns each, where it stands, when it is reviewed. */
export function RiskList({ risks, matrix, onOpen }: RiskListProps) {
  // "Review overdue N days" moves at midnight; a minute's refresh is plenty.
  const today = new Date(useNow(60_000));
  // The first frame draws what a popup shows (the summary's share); the rest of a long list follows
  // right after it, below the fold, so 500 risks never hold the first paint (bench/popup).
  const [isAllDrawn, setIsAllDrawn] = useState(false);
  useEffect(() => {
    if (!isAllDrawn && risks.length > popupSummaryRiskCount) setIsAllDrawn(true);
  }, [isAllDrawn, risks.length]);
  const drawn = isAllDrawn ? risks : risks.slice(0, popupSummaryRiskCount);
  return (
    <>
      <ol class="risk-list" data-testid="risk-list" aria-label={i18n.t('popup.risksTitle')}>
        {drawn.map((risk) => {
          const score = currentScore(risk);
          const rating = currentRating(risk);
          const review = describeRiskReview(risk, today);
          return (
            <li key={risk.id} class="risk" data-testid="risk-item" data-risk-id={risk.id}>
              <ScoreChip score={score} band={bandOfScore(score, matrix)} testId="risk-score" />
              <span class="risk__body">
                {onOpen ? (
                  <button
                    type="button"
                    class="risk__title risk__open"
                    data-testid="risk-open"
                    title={i18n.t('popup.openRisk')}
                    onClick={() => onOpen(risk.id)}
                  >
                    {risk.title}
                  </button>
                ) : (
                  <span class="risk__title">{risk.title}</span>
                )}
                <span class="risk__meta">
                  <span data-testid="risk-owner">{risk.owner?.name ?? i18n.t('popup.noOwner')}</span>
                  {' · '}
                  <span data-testid="risk-status">{i18n.t(`popup.status.${risk.status}` as const)}</span>
                  {' · '}
                  {i18n.t('popup.riskRating', [String(rating.probability), String(rating.impact)])}
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
