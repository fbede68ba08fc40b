import { i18n } from '#i18n';
import type { WeightedGateScore } from '../../../../shared/methodology/gate-score';
import { formatGateScore } from './gate-labels';

const width = 240;
const height = 28;
const barTop = 6;
const barHeight = 12;

/**
 * The weighted should-meet score (computeWeightedGateScore) as a bar on the 0–5 scale with the pass
 * score marked; the same figures follow as a table for screen readers.
 */
export function ScoreMeter({ result, language }: { result: WeightedGateScore; language: string }) {
  const x = (value: number) => (value / 5) * width;
  const score = result.score ?? 0;
  const tone = result.isPassing === null ? 'none' : result.isPassing ? 'pass' : 'short';
  return (
    <figure class="gate-meter" data-testid="gate-score">
      <figcaption class="gate-meter__caption">
        <strong data-testid="gate-score-value">{formatGateScore(result.score, language)}</strong>
        {' / 5 · '}
        {i18n.t('workspaceGate.score.passScore', [formatGateScore(result.passScore, language)])}
        {' · '}
        <span class={`gate-meter__verdict gate-meter__verdict--${tone}`} data-testid="gate-score-verdict">
          {i18n.t(`workspaceGate.score.verdict.${tone}`)}
        </span>
      </figcaption>
      <svg
        class="gate-meter__chart"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect class="gate-meter__track" x={0} y={barTop} width={width} height={barHeight} rx={3} />
        <rect
          class={`gate-meter__bar gate-meter__bar--${tone}`}
          x={0}
          y={barTop}
          width={x(score)}
          height={barHeight}
          rx={3}
        />
        <line class="gate-meter__pass" x1={x(result.passScore)} x2={x(result.passScore)} y1={1} y2={height - 1} />
      </svg>
      <table class="visually-hidden">
        <caption>{i18n.t('workspaceGate.score.tableCaption')}</caption>
        <tbody>
          <tr>
            <th scope="row">{i18n.t('workspaceGate.score.weighted')}</th>
            <td>{formatGateScore(result.score, language)}</td>
          </tr>
          <tr>
            <th scope="row">{i18n.t('workspaceGate.score.pass')}</th>
            <td>{formatGateScore(result.passScore, language)}</td>
          </tr>
          <tr>
            <th scope="row">{i18n.t('workspaceGate.score.scored')}</th>
            <td>{`${result.scored} / ${result.total}`}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
