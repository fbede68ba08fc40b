import { i18n } from '#i18n';
import type { CostCurve } from '../../../../shared/analytics/earned-value/cost-curve';
import { positionInCurve } from '../../../../shared/analytics/earned-value/cost-curve';
import { useBoxWidth } from '../../common/use-box-width';
import { ChartHead, useTableToggle } from '../common/ChartHead';
import { formatMoney } from '../format';
import { formatMonth } from './cost-format';

/** Drawn at the box's own width in CSS pixels, so the axis text stays 11 px however wide the page. */
const defaultWidth = 640;
const minWidth = 320;
const height = 260;
const left = 56;
const right = 16;
const top = 12;
const bottom = 36;

/** `12k` / `1.2M`: an axis figure, short enough to sit left of the plot. */
function formatAxis(value: number): string {
  return new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/**
 * The S-curve drawn from shared buildCostCurve: cumulative PV and AC by month's end as lines, EV as a
 * marker at today, a dashed line at today. The same figures are always in a table for screen readers,
 * shown on request; each series has its own dash pattern so colour is never the only signal.
 */
export function CostCurveChart({ curve, currency }: { curve: CostCurve; currency: string }) {
  const [isTable, tableToggle] = useTableToggle('curve-as-table', i18n.t('workspaceCosts.curve.asTable'));
  const [box, width] = useBoxWidth<HTMLDivElement>(defaultWidth, minWidth, isTable);
  const { points } = curve;
  const values = points.flatMap((point) => [
    point.plannedToDate ?? 0,
    point.actualToDate ?? 0,
    point.earnedToDate ?? 0,
  ]);
  const max = Math.max(1, ...values);
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const count = points.length;
  const xOfIndex = (index: number) => left + ((index + 1) / count) * plotWidth;
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  const line = (key: 'plannedToDate' | 'actualToDate') =>
    points
      .map((point, index) => (point[key] === null ? null : `${xOfIndex(index)},${y(point[key] as number)}`))
      .filter(Boolean)
      .join(' ');
  const todayX = left + positionInCurve(curve, curve.asOf) * plotWidth;
  // About 90 px per month label (`Sept 2026`), so they never run into each other on a narrow screen.
  const labelEvery = Math.max(1, Math.ceil(count / Math.max(2, Math.floor(plotWidth / 90))));
  return (
    <section class="card costs-curve" aria-labelledby="costs-curve-title">
      <ChartHead
        className="costs-curve__head"
        titleId="costs-curve-title"
        title={i18n.t('workspaceCosts.curve.title')}
        hasFigures={count > 0}
        toggle={tableToggle}
      />
      {count === 0 ? (
        <p class="muted" data-testid="curve-empty">
          {i18n.t('workspaceCosts.curve.empty')}
        </p>
      ) : (
        <>
          <p class="field-hint">{i18n.t('workspaceCosts.curve.intro')}</p>
          {isTable ? null : (
            <div class="costs-curve__chart" ref={box}>
              <svg
                viewBox={`0 0 ${width} ${height}`}
                width={width}
                height={height}
                class="costs-svg"
                aria-hidden="true"
                data-testid="curve-chart"
              >
                {[0, 0.5, 1].map((share) => (
                  <g key={share}>
                    <line class="costs-grid" x1={left} x2={width - right} y1={y(max * share)} y2={y(max * share)} />
                    <text class="costs-axis" x={left - 6} y={y(max * share) + 4} text-anchor="end">
                      {formatAxis(max * share)}
                    </text>
                  </g>
                ))}
                {points.map((point, index) =>
                  index % labelEvery === 0 ? (
                    <text key={point.period} class="costs-axis" x={xOfIndex(index)} y={height - 12} text-anchor="end">
                      {formatMonth(point.period)}
                    </text>
                  ) : null,
                )}
                <line class="costs-today" x1={todayX} x2={todayX} y1={top} y2={top + plotHeight} />
                <polyline class="costs-line costs-line--planned" points={`${left},${y(0)} ${line('plannedToDate')}`} />
                <polyline class="costs-line costs-line--actual" points={`${left},${y(0)} ${line('actualToDate')}`} />
                {curve.today.ev === null ? null : (
                  <rect
                    class="costs-earned"
                    x={todayX - 5}
                    y={y(curve.today.ev) - 5}
                    width={10}
                    height={10}
                    data-testid="curve-earned"
                  />
                )}
              </svg>
              <ul class="costs-legend" aria-hidden="true">
                <li class="costs-legend__planned">{i18n.t('workspaceCosts.curve.planned')}</li>
                <li class="costs-legend__actual">{i18n.t('workspaceCosts.curve.actual')}</li>
                <li class="costs-legend__earned">{i18n.t('workspaceCosts.curve.earned')}</li>
                <li class="costs-legend__today">{i18n.t('workspaceCosts.curve.today')}</li>
              </ul>
            </div>
          )}
          <div class={isTable ? 'costs-table-box' : 'visually-hidden'}>
            <table class="costs-table" data-testid="curve-table">
              <caption class="visually-hidden">{i18n.t('workspaceCosts.curve.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('workspaceCosts.curve.month')}</th>
                  <th scope="col">{i18n.t('workspaceCosts.curve.planned')}</th>
                  <th scope="col">{i18n.t('workspaceCosts.curve.actual')}</th>
                  <th scope="col">{i18n.t('workspaceCosts.curve.earned')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.period}>
                    <th scope="row">{formatMonth(point.period)}</th>
                    <td>{formatMoney(point.plannedToDate, currency)}</td>
                    <td>{formatMoney(point.actualToDate, currency)}</td>
                    <td>{formatMoney(point.earnedToDate, currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
