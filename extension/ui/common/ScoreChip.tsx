import { i18n } from '#i18n';
import type { RiskBand } from '../../../shared/risk-score';

/** The band's name in words, so the colour is never the only signal. */
export function describeBand(band: RiskBand): string {
  return i18n.t(`bands.${band}` as const);
}

interface ScoreChipProps {
  score: number;
  band: RiskBand;
  testId?: string;
}

/** A risk score coloured by band, with the band named for screen readers and on hover. */
export function ScoreChip({ score, band, testId }: ScoreChipProps) {
  return (
    <span class="score-chip-wrap" title={i18n.t('popup.scoreTitle', [String(score), describeBand(band)])}>
      <span class={`score-chip chip--${band}`} data-testid={testId} data-band={band}>
        {score}
      </span>
      <span class="visually-hidden">{describeBand(band)}</span>
    </span>
  );
}
