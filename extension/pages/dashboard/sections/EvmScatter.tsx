import { i18n } from '#i18n';
import type { DashboardProject } from '../../../../shared/analytics/portfolio/dashboard-types';
import { bandIndex, type RagThresholds, ragRank } from '../../../../shared/analytics/rag/rag-scale';
import type { Rag } from '../../../../shared/schemas/common';
import { useBoxWidth } from '../../common/use-box-width';

const height = 280;
const left = 44;
const right = 16;
const top = 14;
const bottom = 38;
/** The shapes of RagCell's light marks, so a point's band reads without its colour. */
const radius = 5;

function Point({ band, x, y }: { band: Rag; x: number; y: number }) {
  const className = `evm-scatter__point evm-scatter__point--${band}`;
  if (band === 'green') return <circle class={className} cx={x} cy={y} r={radius} />;
  if (band === 'amber')
    return (
      <polygon
        class={className}
        points={`${x},${y - radius - 1} ${x + radius + 1},${y + radius} ${x - radius - 1},${y + radius}`}
      />
    );
  return <rect class={className} x={x - radius} y={y - radius} width={radius * 2} height={radius * 2} />;
}

/**
 * Each project at (SPI, CPI): right of 1 is ahead of plan, above 1 under budget. The shaded corner is
 * where both indices are below the workspace's amber threshold (shared bandIndex); a point's shape and
 * colour give the worse of its two bands. The EVM table below is its alternative (aria-describedby).
 */
export function EvmScatter({ projects, thresholds }: { projects: DashboardProject[]; thresholds: RagThresholds }) {
  const [box, width] = useBoxWidth<HTMLDivElement>(520, 300);
  const points = projects.filter((project) => project.earnedValue.spi !== null && project.earnedValue.cpi !== null);
  if (points.length === 0) return <p class="muted">{i18n.t('dashboard.polish.scatterEmpty')}</p>;
  const values = points.flatMap((project) => [project.earnedValue.spi as number, project.earnedValue.cpi as number]);
  const low = Math.min(thresholds.amberIndex - 0.1, ...values);
  const high = Math.max(1.2, ...values);
  const min = Math.floor(low * 10) / 10;
  const max = Math.ceil(high * 10) / 10;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const x = (value: number) => left + ((value - min) / (max - min)) * plotWidth;
  const y = (value: number) => top + plotHeight - ((value - min) / (max - min)) * plotHeight;
  const ticks: number[] = [];
  const step = max - min > 1 ? 0.2 : 0.1;
  for (let tick = min; tick <= max + 1e-9; tick += step) ticks.push(Math.round(tick * 100) / 100);
  return (
    <div ref={box} class="dashboard-chart">
      <svg
        class="evm-scatter"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={i18n.t('dashboard.polish.scatterLabel')}
        aria-describedby="evm-table-caption"
      >
        <rect
          class="evm-scatter__zone"
          x={left}
          y={y(thresholds.amberIndex)}
          width={x(thresholds.amberIndex) - left}
          height={top + plotHeight - y(thresholds.amberIndex)}
        />
        {ticks.map((tick) => (
          <g key={tick} class="evm-scatter__tick">
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={top + plotHeight} />
            <line x1={left} x2={left + plotWidth} y1={y(tick)} y2={y(tick)} />
            <text x={x(tick)} y={top + plotHeight + 14} text-anchor="middle">
              {tick.toFixed(1)}
            </text>
            <text x={left - 6} y={y(tick)} text-anchor="end" dominant-baseline="middle">
              {tick.toFixed(1)}
            </text>
          </g>
        ))}
        <line class="evm-scatter__one" x1={x(1)} x2={x(1)} y1={top} y2={top + plotHeight} />
        <line class="evm-scatter__one" x1={left} x2={left + plotWidth} y1={y(1)} y2={y(1)} />
        <text class="evm-scatter__axis" x={left + plotWidth} y={height - 4} text-anchor="end">
          {i18n.t('dashboard.polish.scatterX')}
        </text>
        <text class="evm-scatter__axis" x={left + 4} y={top + 10}>
          {i18n.t('dashboard.polish.scatterY')}
        </text>
        {points.map((project) => {
          const spi = project.earnedValue.spi as number;
          const cpi = project.earnedValue.cpi as number;
          const bands = [bandIndex(spi, thresholds), bandIndex(cpi, thresholds)];
          const band = ragRank(bands[0]) >= ragRank(bands[1]) ? bands[0] : bands[1];
          const px = x(spi);
          const py = y(cpi);
          const onRight = px > left + plotWidth - 60;
          return (
            <g key={project.projectId}>
              <Point band={band} x={px} y={py} />
              <text
                class="evm-scatter__label"
                x={onRight ? px - 9 : px + 9}
                y={py}
                text-anchor={onRight ? 'end' : 'start'}
                dominant-baseline="middle"
              >
                {project.code}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
