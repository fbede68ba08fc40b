import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { assessMilestoneTrend, buildMilestoneTrend } from '../../../../shared/analytics/schedule/milestone-trend';
import { layoutMilestoneTrend } from '../../../../shared/analytics/schedule/trend-layout';
import { ChartHead, useTableToggle } from '../common/ChartHead';
import { formatDay } from '../format';
import type { ProjectView } from '../project-view';
import { formatTick, formatWorkingDays } from './plan-labels';

const height = 300;
const plotOf = (width: number) => ({ left: 78, top: 12, width: width - 78 - 16, height: height - 12 - 40 });
// Six line styles, each a colour token and a marker shape, so colour is never the only signal.
const styles = 6;

function Marker({ x, y, style }: { x: number; y: number; style: number }) {
  const shape = style % 3;
  if (shape === 0) return <circle class="mta-marker" cx={x} cy={y} r={4} />;
  if (shape === 1) return <rect class="mta-marker" x={x - 4} y={y - 4} width={8} height={8} />;
  return <polygon class="mta-marker" points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} />;
}

/**
 * The milestone trend analysis chart (docs/domain.md "Milestone trend analysis"): each milestone's
 * forecast as every submitted status report recorded it (buildMilestoneTrend), laid out by
 * layoutMilestoneTrend — report dates across, forecasts up, the diagonal where a milestone is due. A
 * rising line is a milestone slipping report after report. The same readings as a table, on request
 * and always for screen readers.
 */
export function MilestoneTrendChart({ view }: { view: ProjectView }) {
  const [isTable, tableToggle] = useTableToggle('plan-mta-as-table', i18n.t('workspacePlan.asTable'));
  // Drawn at the width it has (no scaling), so its labels keep their size in the side panel too.
  const box = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(560);
  useLayoutEffect(() => {
    const measure = () => {
      const available = (box.current?.clientWidth ?? 0) - 32;
      if (available > 0) setWidth(Math.max(300, Math.min(640, available)));
    };
    measure();
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, []);
  const plot = plotOf(width);
  const series = useMemo(() => buildMilestoneTrend(view.records.statusReports), [view.records.statusReports]);
  const layout = useMemo(() => layoutMilestoneTrend(series, plotOf(width)), [series, width]);
  const titleOf = new Map(view.records.milestones.map((milestone) => [milestone.id, milestone.title]));
  const assessments = new Map(series.map((line) => [line.milestoneId, assessMilestoneTrend(line, view.calendar)]));
  const reportDates = [...new Set(series.flatMap((line) => line.points.map((point) => point.reportDate)))].sort();
  const nameOf = (id: string) => titleOf.get(id) ?? i18n.t('workspacePlan.editor.gone');

  return (
    <section ref={box} class="card plan-mta" aria-labelledby="plan-mta-title" data-testid="plan-mta">
      <ChartHead
        className="plan-card-head"
        titleId="plan-mta-title"
        title={i18n.t('workspacePlan.mta.title')}
        hasFigures={series.length > 0}
        toggle={tableToggle}
      />
      {series.length === 0 ? (
        <p class="muted">{i18n.t('workspacePlan.mta.empty')}</p>
      ) : (
        <>
          <p class="field-hint">{i18n.t('workspacePlan.mta.intro')}</p>
          {isTable ? null : (
            <div class="plan-mta__chart">
              <svg
                viewBox={`0 0 ${width} ${height}`}
                width={width}
                height={height}
                class="mta-svg"
                aria-hidden="true"
                data-testid="plan-mta-chart"
                preserveAspectRatio="xMinYMin meet"
              >
                <rect class="mta-plot" x={plot.left} y={plot.top} width={plot.width} height={plot.height} />
                {layout.diagonal ? (
                  <line
                    class="mta-diagonal"
                    x1={layout.diagonal[0]}
                    y1={layout.diagonal[1]}
                    x2={layout.diagonal[2]}
                    y2={layout.diagonal[3]}
                  />
                ) : null}
                {layout.xTicks.map((tick) => (
                  <g key={`x${tick.date}`}>
                    <line class="mta-grid" x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.top + plot.height} />
                    <text class="mta-axis" x={tick.x} y={plot.top + plot.height + 16} text-anchor="middle">
                      {formatTick(tick, false)}
                    </text>
                  </g>
                ))}
                {layout.yTicks.map((tick) => (
                  <g key={`y${tick.date}`}>
                    <line class="mta-grid" x1={plot.left} x2={plot.left + plot.width} y1={tick.x} y2={tick.x} />
                    <text class="mta-axis" x={plot.left - 6} y={tick.x + 4} text-anchor="end">
                      {formatTick(tick, false)}
                    </text>
                  </g>
                ))}
                <text
                  class="mta-axis mta-axis--title"
                  x={plot.left + plot.width / 2}
                  y={height - 4}
                  text-anchor="middle"
                >
                  {i18n.t('workspacePlan.mta.xAxis')}
                </text>
                {layout.series.map((line, index) => (
                  <g
                    key={line.milestoneId}
                    class={`mta-line mta-line--${index % styles}`}
                    data-testid={`plan-mta-line-${line.milestoneId}`}
                  >
                    <polyline points={line.points.map((point) => `${point.x},${point.y}`).join(' ')} />
                    {line.points.map((point) => (
                      <g key={point.reportDate} data-testid="plan-mta-point">
                        <Marker x={point.x} y={point.y} style={index % styles} />
                      </g>
                    ))}
                  </g>
                ))}
              </svg>
              <ul class="mta-legend">
                {layout.series.map((line, index) => (
                  <li key={line.milestoneId} class={`mta-line mta-line--${index % styles}`}>
                    <svg width="22" height="12" aria-hidden="true">
                      <line x1="0" x2="22" y1="6" y2="6" />
                      <Marker x={11} y={6} style={index % styles} />
                    </svg>
                    <span>{nameOf(line.milestoneId)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div class={isTable ? 'plan-table-box plan-table-box--scroll' : 'visually-hidden'}>
            <table class="plan-table plan-table--mta" data-testid="plan-mta-table">
              <caption class="visually-hidden">{i18n.t('workspacePlan.mta.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('workspacePlan.kinds.milestone')}</th>
                  {reportDates.map((date) => (
                    <th key={date} scope="col">
                      {formatDay(date)}
                    </th>
                  ))}
                  <th scope="col">{i18n.t('workspacePlan.mta.drift')}</th>
                </tr>
              </thead>
              <tbody>
                {series.map((line) => {
                  const byDate = new Map(line.points.map((point) => [point.reportDate, point.forecastDate]));
                  const assessment = assessments.get(line.milestoneId);
                  return (
                    <tr key={line.milestoneId} data-testid={`plan-mta-row-${line.milestoneId}`}>
                      <th scope="row">{nameOf(line.milestoneId)}</th>
                      {reportDates.map((date) => (
                        <td key={date}>{formatDay(byDate.get(date))}</td>
                      ))}
                      <td>
                        {assessment
                          ? `${formatWorkingDays(assessment.driftDays)} · ${i18n.t(`workspacePlan.mta.direction.${assessment.direction}` as const)}`
                          : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
