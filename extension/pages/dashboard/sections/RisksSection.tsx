import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { bandOfScore, scoreRisk } from '../../../../shared/risk-score';
import { defaultWorkspaceSettings } from '../../../../shared/schemas/workspace-settings';
import { ScoreChip } from '../../../ui/common/ScoreChip';
import { HeatMapAxes } from '../../common/HeatMapAxes';
import { formatMoney } from '../../workspace/format';
import { ratingLabel } from '../../workspace/risks/risk-labels';
import type { DashboardSectionProps } from '../dashboard-section-props';
import { projectHref } from './PortfolioSection';
import '../../workspace/risks/risks.css';

const cellSize = 52;
const axisBand = 44;

/**
 * Where the portfolio's open threats concentrate: the heat map of every shown project (the shared
 * portfolio heat map, coloured by band on the workspace matrix as the Risks tab colours it), the
 * risks of a chosen cell grouped by project, and the top risks by exposure.
 */
export function RisksSection({ data }: DashboardSectionProps) {
  const { shown, rows } = data;
  const matrix = rows.records.settings?.riskMatrix ?? defaultWorkspaceSettings.riskMatrix;
  const map = shown.heatMap;
  const size = map.size;
  const [selected, setSelected] = useState<{ probability: number; impact: number }>();
  const riskById = useMemo(() => new Map(rows.records.risks.map((risk) => [risk.id, risk])), [rows]);
  const projectById = useMemo(() => new Map(shown.projects.map((project) => [project.projectId, project])), [shown]);
  const ratings = Array.from({ length: size }, (_, index) => index + 1);
  const width = axisBand + size * cellSize;
  const height = size * cellSize + axisBand;
  const countText = (count: number) => i18n.t('workspaceRisks.heatMap.risks', count, [String(count)]);
  const describeCell = (probability: number, impact: number) =>
    i18n.t('workspaceRisks.heatMap.cell', [
      String(probability),
      ratingLabel('probability', probability, matrix),
      String(impact),
      ratingLabel('impact', impact, matrix),
      countText(map.counts[probability - 1]?.[impact - 1] ?? 0),
    ]);

  const cellRisks = selected ? (map.cells[selected.probability - 1]?.[selected.impact - 1] ?? []) : [];
  const groups = new Map<string, string[]>();
  for (const { projectId, riskId } of cellRisks) groups.set(projectId, [...(groups.get(projectId) ?? []), riskId]);

  return (
    <div class="dashboard-risks">
      <section class="card risks-heat" aria-labelledby="portfolio-heat-title">
        <h3 id="portfolio-heat-title" class="card__title">
          {i18n.t('dashboard.risks.heatTitle', [String(map.total)])}
        </h3>
        <p class="muted">{i18n.t('dashboard.risks.heatIntro')}</p>
        <div class="dashboard-heat">
          <svg
            class="risks-heat__svg"
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={i18n.t('dashboard.risks.heatTitle', [String(map.total)])}
          >
            <HeatMapAxes size={size} cellSize={cellSize} axisBand={axisBand} height={height} />
            {ratings.map((probability) =>
              ratings.map((impact) => {
                const count = map.counts[probability - 1]?.[impact - 1] ?? 0;
                const band = bandOfScore(scoreRisk(probability, impact), matrix);
                const x = axisBand + (impact - 1) * cellSize;
                const y = (size - probability) * cellSize;
                const isSelected = selected?.probability === probability && selected.impact === impact;
                return (
                  <g
                    key={`${probability}-${impact}`}
                    class={`risks-heat__cell risks-heat__cell--${band}${count === 0 ? ' risks-heat__cell--empty' : ''}${isSelected ? ' risks-heat__cell--selected' : ''}`}
                  >
                    <rect x={x + 2} y={y + 2} width={cellSize - 4} height={cellSize - 4} rx={6} />
                    <text x={x + cellSize / 2} y={y + cellSize / 2} text-anchor="middle" dominant-baseline="central">
                      {count}
                    </text>
                  </g>
                );
              }),
            )}
          </svg>
          {/* The cells as real buttons laid over the drawing: Tab reaches each, and the table below reads the same. */}
          <div
            class="dashboard-heat__buttons"
            style={{
              gridTemplateColumns: `repeat(${size}, 1fr)`,
              left: `${(axisBand / width) * 100}%`,
              width: `${((size * cellSize) / width) * 100}%`,
              height: `${((size * cellSize) / height) * 100}%`,
            }}
          >
            {[...ratings].reverse().map((probability) =>
              ratings.map((impact) => {
                const isSelected = selected?.probability === probability && selected.impact === impact;
                return (
                  <button
                    key={`${probability}-${impact}`}
                    type="button"
                    class="dashboard-heat__cell"
                    aria-pressed={isSelected}
                    aria-label={describeCell(probability, impact)}
                    title={describeCell(probability, impact)}
                    data-testid={`portfolio-heat-cell-${probability}-${impact}`}
                    data-count={map.counts[probability - 1]?.[impact - 1] ?? 0}
                    onClick={() => setSelected(isSelected ? undefined : { probability, impact })}
                  />
                );
              }),
            )}
          </div>
        </div>
        <div class="visually-hidden">
          <table data-testid="portfolio-heat-table">
            <caption>{i18n.t('dashboard.risks.heatTable')}</caption>
            <thead>
              <tr>
                <td />
                {ratings.map((impact) => (
                  <th key={impact} scope="col">
                    {`${i18n.t('workspaceRisks.heatMap.impact')} ${impact}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...ratings].reverse().map((probability) => (
                <tr key={probability}>
                  <th scope="row">{`${i18n.t('workspaceRisks.heatMap.probability')} ${probability}`}</th>
                  {ratings.map((impact) => (
                    <td key={impact}>{map.counts[probability - 1]?.[impact - 1] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {selected ? (
        <section class="card" aria-labelledby="portfolio-cell-title" data-testid="portfolio-cell-risks">
          <h3 id="portfolio-cell-title" class="card__title">
            {describeCell(selected.probability, selected.impact)}
          </h3>
          {groups.size === 0 ? <p class="muted">{i18n.t('dashboard.risks.cellEmpty')}</p> : null}
          {[...groups].map(([projectId, riskIds]) => {
            const project = projectById.get(projectId);
            return (
              <div key={projectId} class="dashboard-cell-group">
                <h4>{project ? `${project.code} — ${project.name}` : projectId}</h4>
                <ul>
                  {riskIds.map((riskId) => (
                    <li key={riskId}>
                      <a
                        href={projectHref(projectId, 'risks', riskId)}
                        target="_blank"
                        rel="noopener"
                        data-testid={`open-risk-${riskId}`}
                      >
                        {riskById.get(riskId)?.title ?? riskId}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ) : null}

      <section class="card" aria-labelledby="portfolio-top-risks-title">
        <h3 id="portfolio-top-risks-title" class="card__title">
          {i18n.t('dashboard.risks.topTitle')}
        </h3>
        {shown.topRisks.length === 0 ? (
          <p class="muted">{i18n.t('dashboard.risks.none')}</p>
        ) : (
          <div class="dashboard-table-wrap">
            <table class="dashboard-table" data-testid="portfolio-top-risks">
              <thead>
                <tr>
                  <th scope="col">{i18n.t('dashboard.grid.code')}</th>
                  <th scope="col">{i18n.t('dashboard.risks.risk')}</th>
                  <th scope="col">{i18n.t('dashboard.risks.score')}</th>
                  <th scope="col">{i18n.t('dashboard.risks.emv')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.topRisks.map((risk) => (
                  <tr key={risk.riskId} data-testid={`portfolio-top-risk-${risk.riskId}`}>
                    <th scope="row">{risk.projectCode}</th>
                    <td>
                      <a href={projectHref(risk.projectId, 'risks', risk.riskId)} target="_blank" rel="noopener">
                        {risk.title}
                      </a>
                    </td>
                    <td>
                      <ScoreChip score={risk.score} band={bandOfScore(risk.score, matrix)} />
                    </td>
                    <td class="number" data-value={risk.emv ?? ''}>
                      {formatMoney(risk.emv, shown.currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
