import { useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { buildHeatMap } from '../../../../shared/analytics/risk/heat-map';
import type { RatingBasis } from '../../../../shared/analytics/risk/risk-rating';
import type { HeatMapCell } from '../../../../shared/analytics/risk/risk-register';
import { bandOfScore, scoreRisk } from '../../../../shared/risk-score';
import type { Risk } from '../../../../shared/schemas/risk';
import type { WorkspaceSettingsFields } from '../../../../shared/schemas/workspace-settings';
import { HeatMapAxes } from '../../common/HeatMapAxes';
import { basisLabel, ratingLabel } from './risk-labels';

/** Titles a cell's tooltip lists before "…and N more". */
const tooltipTitles = 5;
/** Geometry in SVG units; the drawing scales to its box. */
const cellSize = 52;
const axisBand = 44;

interface RiskHeatMapProps {
  risks: readonly Risk[];
  matrix: WorkspaceSettingsFields['riskMatrix'];
  basis: RatingBasis;
  onBasis(basis: RatingBasis): void;
  /** The cell the register is filtered to, if any. */
  selected?: HeatMapCell;
  onSelect(cell: HeatMapCell | undefined): void;
}

/**
 * The P × I heat map drawn as SVG from shared/analytics/risk/heat-map.ts (open risks, inherent or
 * residual), each cell coloured by its band on the workspace matrix and showing its count. A cell
 * is a button (one Tab stop for the grid, arrow keys move) that filters the register to it; a
 * visually hidden table gives the same counts to screen readers.
 */
export function RiskHeatMap({ risks, matrix, basis, onBasis, selected, onSelect }: RiskHeatMapProps) {
  const size = matrix.size;
  const map = useMemo(() => buildHeatMap(risks, size, basis), [risks, size, basis]);
  const titleOf = useMemo(() => new Map(risks.map((risk) => [risk.id, risk.title])), [risks]);
  const isSelected = (probability: number, impact: number) =>
    selected?.basis === basis && selected.probability === probability && selected.impact === impact;
  const [focus, setFocus] = useState<{ probability: number; impact: number }>(() =>
    selected && selected.probability <= size && selected.impact <= size
      ? { probability: selected.probability, impact: selected.impact }
      : { probability: size, impact: size },
  );
  const svg = useRef<SVGSVGElement>(null);
  const width = axisBand + size * cellSize;
  const height = size * cellSize + axisBand;
  const ratings = Array.from({ length: size }, (_, index) => index + 1);

  const countText = (count: number) => i18n.t('workspaceRisks.heatMap.risks', count, [String(count)]);
  const describeCell = (probability: number, impact: number) =>
    i18n.t('workspaceRisks.heatMap.cell', [
      String(probability),
      ratingLabel('probability', probability, matrix),
      String(impact),
      ratingLabel('impact', impact, matrix),
      countText(map.counts[probability - 1][impact - 1]),
    ]);
  const tooltipOf = (probability: number, impact: number) => {
    const ids = map.riskIds[probability - 1][impact - 1];
    const titles = ids.slice(0, tooltipTitles).map((id) => `• ${titleOf.get(id) ?? id}`);
    if (ids.length > tooltipTitles)
      titles.push(i18n.t('workspaceRisks.heatMap.more', [String(ids.length - tooltipTitles)]));
    return [describeCell(probability, impact), ...titles].join('\n');
  };

  function toggle(probability: number, impact: number) {
    setFocus({ probability, impact });
    onSelect(isSelected(probability, impact) ? undefined : { basis, probability, impact });
  }

  function onKeyDown(event: KeyboardEvent, probability: number, impact: number) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(probability, impact);
      return;
    }
    // Probability grows upwards, impact to the right, as drawn.
    const moves: Record<string, [number, number]> = {
      ArrowUp: [1, 0],
      ArrowDown: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = {
      probability: Math.min(size, Math.max(1, probability + move[0])),
      impact: Math.min(size, Math.max(1, impact + move[1])),
    };
    setFocus(next);
    svg.current?.querySelector<SVGGElement>(`[data-cell="${next.probability}-${next.impact}"]`)?.focus();
  }

  return (
    <section class="card risks-heat" aria-labelledby="risks-heat-title" data-testid="risks-heat-map">
      <div class="risks-heat__head">
        <h3 id="risks-heat-title" class="card__title">
          {i18n.t('workspaceRisks.heatMap.title')}
        </h3>
        <fieldset class="risks-segmented">
          <legend class="visually-hidden">{i18n.t('workspaceRisks.heatMap.basis')}</legend>
          {(['inherent', 'residual'] as const).map((option) => (
            <label key={option} class="risks-segmented__option">
              <input
                type="radio"
                name="risks-heat-basis"
                value={option}
                checked={basis === option}
                data-testid={`risks-heat-basis-${option}`}
                onChange={() => onBasis(option)}
              />
              <span>{basisLabel(option)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: the cells must stay inside the SVG drawing; the group names them for screen readers. */}
      <svg
        ref={svg}
        class="risks-heat__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={i18n.t('workspaceRisks.heatMap.title')}
        aria-describedby="risks-heat-hint"
      >
        <HeatMapAxes size={size} cellSize={cellSize} axisBand={axisBand} height={height} />
        {ratings.map((probability) =>
          ratings.map((impact) => {
            const count = map.counts[probability - 1][impact - 1];
            const band = bandOfScore(scoreRisk(probability, impact), matrix);
            const x = axisBand + (impact - 1) * cellSize;
            const y = (size - probability) * cellSize;
            const pressed = isSelected(probability, impact);
            const isFocusTarget =
              Math.min(focus.probability, size) === probability && Math.min(focus.impact, size) === impact;
            return (
              // One Tab stop for the grid (clamped, should the matrix shrink); arrow keys move between cells.
              // biome-ignore lint/a11y/useSemanticElements: an SVG cell cannot be a <button>; role and keys make it one.
              <g
                key={`${probability}-${impact}`}
                class={`risks-heat__cell risks-heat__cell--${band}${count === 0 ? ' risks-heat__cell--empty' : ''}${pressed ? ' risks-heat__cell--selected' : ''}`}
                role="button"
                tabIndex={isFocusTarget ? 0 : -1}
                aria-pressed={pressed}
                aria-label={describeCell(probability, impact)}
                data-cell={`${probability}-${impact}`}
                data-testid={`risks-heat-cell-${probability}-${impact}`}
                data-count={count}
                data-band={band}
                onClick={() => toggle(probability, impact)}
                onKeyDown={(event) => onKeyDown(event, probability, impact)}
                onFocus={() => setFocus({ probability, impact })}
              >
                <title>{tooltipOf(probability, impact)}</title>
                <rect x={x + 2} y={y + 2} width={cellSize - 4} height={cellSize - 4} rx={6} />
                <text x={x + cellSize / 2} y={y + cellSize / 2} text-anchor="middle" dominant-baseline="central">
                  {count}
                </text>
              </g>
            );
          }),
        )}
      </svg>
      <p id="risks-heat-hint" class="risks-heat__hint">
        {i18n.t('workspaceRisks.heatMap.hint')}
      </p>
      {map.outsideMatrix.length > 0 ? (
        <p class="risks-heat__hint" data-testid="risks-heat-outside">
          {i18n.t('workspaceRisks.heatMap.outside', map.outsideMatrix.length, [String(map.outsideMatrix.length)])}
        </p>
      ) : null}
      {/* Hidden by its box: a table's own width cannot shrink below its content, so it would widen the page. */}
      <div class="visually-hidden">
        <table data-testid="risks-heat-table">
          <caption>{i18n.t('workspaceRisks.heatMap.tableCaption', [basisLabel(basis)])}</caption>
          <thead>
            <tr>
              <td />
              {ratings.map((impact) => (
                <th key={impact} scope="col">
                  {`${i18n.t('workspaceRisks.heatMap.impact')} ${impact} (${ratingLabel('impact', impact, matrix)})`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...ratings].reverse().map((probability) => (
              <tr key={probability}>
                <th scope="row">
                  {`${i18n.t('workspaceRisks.heatMap.probability')} ${probability} (${ratingLabel('probability', probability, matrix)})`}
                </th>
                {ratings.map((impact) => (
                  <td key={impact}>{map.counts[probability - 1][impact - 1]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
