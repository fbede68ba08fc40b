import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { RagTrend } from '../../../../shared/reports/rag-trend';
import type { Rag } from '../../../../shared/schemas/common';
import { ChartHead, useTableToggle } from '../common/ChartHead';
import { formatDay } from '../format';
import { lightLabel, ragLabel } from './report-labels';

const labelWidth = 96;
const cellWidth = 30;
const rowHeight = 28;
const axisHeight = 46;
/** Room on the right for the last column's date, which leans that way. */
const rightMargin = 40;

/** `13 Mar` / `13 mars`: a column's date, short enough to stand at an angle above its marks. */
function formatShortDay(isoDay: string): string {
  const options = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), options).format(new Date(`${isoDay}T00:00:00Z`));
}

function letterOf(rag: Rag): string {
  return i18n.t(`workspaceStatus.letter.${rag}`);
}

/**
 * The lights reported per dimension across the submitted reports (buildRagTrend), drawn as SVG: a
 * row per dimension, a column per report, each mark coloured and lettered so colour is never the only
 * signal. The same figures as a table are always there for screen readers, and shown on request.
 */
export function RagTrendChart({ trend }: { trend: RagTrend }) {
  const [isTable, tableToggle] = useTableToggle('trend-as-table', i18n.t('workspaceStatus.trendAsTable'));
  const count = trend.reports.length;
  const width = labelWidth + count * cellWidth + rightMargin;
  const height = axisHeight + trend.rows.length * rowHeight;
  return (
    <section class="card status-trend" aria-labelledby="status-trend-title">
      <ChartHead
        className="status-trend__head"
        titleId="status-trend-title"
        title={i18n.t('workspaceStatus.trendTitle')}
        hasFigures={count > 0}
        toggle={tableToggle}
      />
      {count === 0 ? (
        <p class="muted">{i18n.t('workspaceStatus.trendEmpty')}</p>
      ) : (
        <>
          <p class="field-hint">{i18n.t('workspaceStatus.trendIntro', count)}</p>
          {isTable ? null : (
            <div class="status-trend__chart">
              <svg
                viewBox={`0 0 ${width} ${height}`}
                width={width}
                height={height}
                aria-hidden="true"
                data-testid="trend-chart"
                class="trend-svg"
              >
                {trend.reports.map((report, column) => {
                  const x = labelWidth + column * cellWidth + cellWidth / 2;
                  return (
                    <text
                      key={report.id}
                      class="trend-axis"
                      transform={`translate(${x + 4} ${axisHeight - 6}) rotate(-50)`}
                    >
                      {formatShortDay(report.periodEnd)}
                    </text>
                  );
                })}
                {trend.rows.map((row, index) => {
                  const y = axisHeight + index * rowHeight + rowHeight / 2;
                  return (
                    <g key={row.name} data-testid={`trend-row-${row.name}`}>
                      <text
                        class={index === 0 ? 'trend-label trend-label--overall' : 'trend-label'}
                        x={labelWidth - 10}
                        y={y + 4}
                      >
                        {lightLabel(row.name)}
                      </text>
                      {row.lights.map((rag, column) => {
                        const x = labelWidth + column * cellWidth + cellWidth / 2;
                        if (!rag)
                          return (
                            <line
                              key={trend.reports[column].id}
                              class="trend-none"
                              x1={x - 4}
                              x2={x + 4}
                              y1={y}
                              y2={y}
                            />
                          );
                        return (
                          <g key={trend.reports[column].id} data-rag={rag}>
                            <circle class={`trend-mark trend-mark--${rag}`} cx={x} cy={y} r={10} />
                            <text class={`trend-letter trend-letter--${rag}`} x={x} y={y + 4}>
                              {letterOf(rag)}
                            </text>
                          </g>
                        );
                      })}
                    </g>
                  );
                })}
              </svg>
            </div>
          )}
          <div class={isTable ? 'table-box' : 'visually-hidden'}>
            <table class="status-table status-table--trend" data-testid="trend-table">
              <caption class="visually-hidden">{i18n.t('workspaceStatus.trendCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('workspaceStatus.dimensionColumn')}</th>
                  {trend.reports.map((report) => (
                    <th key={report.id} scope="col">
                      {formatDay(report.periodEnd)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {trend.rows.map((row) => (
                  <tr key={row.name}>
                    <th scope="row">{lightLabel(row.name)}</th>
                    {row.lights.map((rag, column) => (
                      <td key={trend.reports[column].id}>
                        {rag ? ragLabel(rag) : i18n.t('workspaceStatus.notReported')}
                      </td>
                    ))}
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
