import { i18n } from '#i18n';
import { bandOfScore, type RiskMatrixSize, scoreRisk } from '../../../shared/risk-score';

interface CaptureScoreProps {
  probability: number;
  impact: number;
  /** The workspace's risk matrix the band is read on (the default 5×5 before its settings sync). */
  matrix?: RiskMatrixSize | null;
}

/** The live P × I score in its matrix colour, with the band named so colour is never the only signal. */
export function CaptureScore({ probability, impact, matrix }: CaptureScoreProps) {
  const score = scoreRisk(probability, impact);
  const band = bandOfScore(score, matrix);
  const bandName = i18n.t(`bands.${band}` as const);
  return (
    <div class="capture-score-line">
      <span class="capture-label" id="capture-score-label">
        {i18n.t('capture.score')}
      </span>
      <output
        class={`capture-score chip--${band}`}
        data-testid="capture-score"
        data-band={band}
        aria-labelledby="capture-score-label"
        title={i18n.t('capture.scoreTitle', [String(score), bandName])}
      >
        {score}
      </output>
      <span class="capture-score__band">{bandName}</span>
    </div>
  );
}
