import { i18n } from '#i18n';
import type { DashboardProject } from '../../../../shared/analytics/portfolio/dashboard-types';
import { bandSlip } from '../../../../shared/analytics/rag/rag-scale';
import type { Rag } from '../../../../shared/schemas/common';
import { defaultWorkspaceSettings } from '../../../../shared/schemas/workspace-settings';
import { describeSlip } from '../../../ui/describe-health-terms';
import { useBoxWidth } from '../../common/use-box-width';
import { formatDay } from '../../workspace/format';
import type { DashboardSectionProps } from '../dashboard-section-props';
import { LightMark } from '../RagCell';

type Direction = 'slipping' | 'stable' | 'pulling_in';
const directions: Direction[] = ['slipping', 'stable', 'pulling_in'];
/** An arrow per MTA direction, beside its count, so the chart reads without colour. */
const arrows: Record<Direction, string> = { slipping: '↗', stable: '→', pulling_in: '↘' };

/** How the project's milestone trend lines read: how many slip, hold or pull in, and the largest drift. */
function summarizeTrends(project: DashboardProject) {
  const counts: Record<Direction, number> = { slipping: 0, stable: 0, pulling_in: 0 };
  let maxDrift: number | null = null;
  for (const trend of project.milestoneTrends) {
    if (trend.direction === 'insufficient_data') continue;
    counts[trend.direction] += 1;
    if (trend.driftDays !== null && (maxDrift === null || trend.driftDays > maxDrift)) maxDrift = trend.driftDays;
  }
  return { counts, maxDrift };
}

/** Worst slip first, projects without a slip last: the order a steering meeting reads them in. */
function bySlip(a: DashboardProject, b: DashboardProject): number {
  const slipA = a.milestones.maxSlipDays;
  const slipB = b.milestones.maxSlipDays;
  if (slipA === null || slipB === null) return slipA === slipB ? a.code.localeCompare(b.code) : slipA === null ? 1 : -1;
  return slipB - slipA || a.code.localeCompare(b.code);
}

const rowHeight = 26;
const labelWidth = 72;
const valueWidth = 52;
const trendWidth = 96;
const top = 22;

function SlipChart({ projects, thresholds }: { projects: DashboardProject[]; thresholds: Thresholds }) {
  const [box, width] = useBoxWidth<HTMLDivElement>(640, 300);
  const plotWidth = Math.max(60, width - labelWidth - valueWidth - trendWidth);
  const maxSlip = Math.max(1, thresholds.amberSlipDays + 1, ...projects.map((p) => p.milestones.maxSlipDays ?? 0));
  const x = (days: number) => labelWidth + (Math.max(0, days) / maxSlip) * plotWidth;
  const height = top + projects.length * rowHeight + 4;
  const guides = [
    { days: thresholds.greenSlipDays, band: 'green' as const },
    { days: thresholds.amberSlipDays, band: 'amber' as const },
  ];
  return (
    <div ref={box} class="dashboard-chart">
      <svg
        class="dashboard-bars"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={i18n.t('dashboard.schedule.chartLabel')}
      >
        {guides.map((guide) => (
          <g key={guide.band} class="dashboard-bars__guide">
            <line x1={x(guide.days)} x2={x(guide.days)} y1={top - 6} y2={height} />
            <text x={x(guide.days)} y={top - 10} text-anchor="middle">
              {i18n.t('dashboard.schedule.days', [String(guide.days)])}
            </text>
          </g>
        ))}
        <text class="dashboard-bars__head" x={width - trendWidth + 8} y={top - 10}>
          {i18n.t('dashboard.polish.trendHead')}
        </text>
        {projects.map((project, index) => {
          const slip = project.milestones.maxSlipDays;
          const band: Rag | 'none' = slip === null ? 'none' : bandSlip(slip, thresholds);
          const y = top + index * rowHeight;
          const end = x(slip ?? 0);
          const { counts } = summarizeTrends(project);
          const trend = directions
            .filter((direction) => counts[direction] > 0)
            .map((direction) => `${arrows[direction]}${counts[direction]}`)
            .join('  ');
          return (
            <g key={project.projectId}>
              <text class="dashboard-bars__label" x={0} y={y + rowHeight / 2} dominant-baseline="middle">
                {project.code}
              </text>
              <rect
                class="dashboard-bars__track"
                x={labelWidth}
                y={y + 5}
                width={plotWidth}
                height={rowHeight - 10}
                rx={3}
              />
              <rect
                class={`dashboard-bars__bar dashboard-bars__bar--${band}`}
                x={labelWidth}
                y={y + 5}
                width={Math.max(slip !== null && slip > 0 ? 2 : 0, end - labelWidth)}
                height={rowHeight - 10}
                rx={3}
              />
              <text class="dashboard-bars__value" x={end + 6} y={y + rowHeight / 2} dominant-baseline="middle">
                {slip === null ? '—' : i18n.t('dashboard.schedule.days', [String(slip)])}
              </text>
              <text
                class={`dashboard-bars__trend${counts.slipping > 0 ? ' dashboard-bars__trend--slipping' : ''}`}
                x={width - trendWidth + 8}
                y={y + rowHeight / 2}
                dominant-baseline="middle"
              >
                {trend || '—'}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

type Thresholds = typeof defaultWorkspaceSettings.ragThresholds;

/** The slip bands and the arrows, in words: what the colours and glyphs of the chart mean. */
function SlipLegend({ thresholds }: { thresholds: Thresholds }) {
  return (
    <ul class="dashboard-legend">
      <li>
        <LightMark light="green" kind="suggested" />
        {i18n.t('dashboard.polish.slipGreen', [String(thresholds.greenSlipDays)])}
      </li>
      <li>
        <LightMark light="amber" kind="suggested" />
        {i18n.t('dashboard.polish.slipAmber', [String(thresholds.amberSlipDays)])}
      </li>
      <li>
        <LightMark light="red" kind="suggested" />
        {i18n.t('dashboard.polish.slipRed', [String(thresholds.amberSlipDays)])}
      </li>
      {directions.map((direction) => (
        <li key={direction}>
          <span class="dashboard-legend__glyph" aria-hidden="true">
            {arrows[direction]}
          </span>
          {i18n.t(`workspacePlan.mta.direction.${direction}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Milestone trends across projects: a bar per project of its largest milestone slip, worst first,
 * banded by the workspace's slip thresholds (shared bandSlip) with the MTA direction of its
 * milestones beside it; the table below is the chart's alternative and adds the next milestone.
 */
export function ScheduleSection({ data }: DashboardSectionProps) {
  const { shown, rows } = data;
  const thresholds = (rows.records.settings ?? defaultWorkspaceSettings).ragThresholds;
  const projects = [...shown.projects].sort(bySlip);
  return (
    <div class="dashboard-schedule">
      <section class="card" aria-labelledby="schedule-chart-title">
        <h3 id="schedule-chart-title" class="card__title">
          {i18n.t('dashboard.schedule.chartTitle')}
        </h3>
        {projects.length === 0 ? (
          <p class="muted">{i18n.t('dashboard.portfolio.empty')}</p>
        ) : (
          <>
            <SlipChart projects={projects} thresholds={thresholds} />
            <SlipLegend thresholds={thresholds} />
          </>
        )}
      </section>
      <section class="card" aria-labelledby="schedule-table-caption">
        <div class="dashboard-table-wrap">
          <table class="dashboard-table dashboard-table--sticky" data-testid="schedule-table">
            <caption id="schedule-table-caption" class="card__title">
              {i18n.t('dashboard.schedule.tableTitle')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('dashboard.grid.code')}</th>
                <th scope="col" class="number">
                  {i18n.t('dashboard.schedule.maxSlip')}
                </th>
                <th scope="col">{i18n.t('dashboard.schedule.trend')}</th>
                <th scope="col" class="number">
                  {i18n.t('dashboard.schedule.drift')}
                </th>
                <th scope="col">{i18n.t('dashboard.schedule.next')}</th>
                <th scope="col" class="number">
                  {i18n.t('dashboard.schedule.overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {projects.map((project) => {
                const { counts, maxDrift } = summarizeTrends(project);
                const next = project.milestones.next;
                const slip = project.milestones.maxSlipDays;
                const band = slip === null ? null : bandSlip(slip, thresholds);
                return (
                  <tr key={project.projectId} data-testid={`schedule-row-${project.code}`}>
                    <th scope="row">{project.code}</th>
                    <td class="number" data-value={slip ?? ''}>
                      {slip === null || band === null ? (
                        '—'
                      ) : (
                        <span class="dashboard-slip">
                          <LightMark light={band} kind="suggested" />
                          {i18n.t('dashboard.schedule.days', [String(slip)])}
                          <span class="visually-hidden">{` (${i18n.t(`dashboard.rag.${band}`)})`}</span>
                        </span>
                      )}
                    </td>
                    <td class="dashboard-trend">
                      {counts.slipping + counts.stable + counts.pulling_in === 0
                        ? i18n.t('dashboard.schedule.noTrend')
                        : i18n.t('dashboard.schedule.trendSummary', [
                            String(counts.slipping),
                            String(counts.stable),
                            String(counts.pulling_in),
                          ])}
                    </td>
                    <td class="number" data-value={maxDrift ?? ''}>
                      {maxDrift === null ? '—' : i18n.t('dashboard.schedule.days', [String(maxDrift)])}
                    </td>
                    <td class="dashboard-next">
                      {next ? (
                        <>
                          <span class="dashboard-next__title">{next.title}</span>
                          <span class="muted">
                            {`${formatDay(next.forecastDate)} · ${describeSlip(next.slipDays, next.overdueDays)}`}
                          </span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td class="number">
                      {project.milestones.overdueCount > 0 ? (
                        <strong class="dashboard-overdue">{project.milestones.overdueCount}</strong>
                      ) : (
                        <span class="muted">0</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
