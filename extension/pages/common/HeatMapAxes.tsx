import { i18n } from '#i18n';

interface HeatMapAxesProps {
  /** Ratings per side of the matrix. */
  size: number;
  cellSize: number;
  /** Room left of the cells for the probability axis. */
  axisBand: number;
  /** The drawing's height: the impact label sits on its bottom edge. */
  height: number;
}

/**
 * The axes of a P × I heat map drawn in SVG — probability up the left, impact along the bottom, a
 * number per rating — shared by the PM's register (extension/pages/workspace/risks/RiskHeatMap.tsx)
 * and the PMO's portfolio map (extension/pages/dashboard/sections/RisksSection.tsx), so both read alike.
 * The tick numbers are hidden from screen readers: the cells name their own ratings.
 */
export function HeatMapAxes({ size, cellSize, axisBand, height }: HeatMapAxesProps) {
  const ratings = Array.from({ length: size }, (_, index) => index + 1);
  return (
    <>
      <text
        class="risks-heat__axis"
        x={10}
        y={(size * cellSize) / 2}
        transform={`rotate(-90 10 ${(size * cellSize) / 2})`}
        text-anchor="middle"
        dominant-baseline="middle"
      >
        {i18n.t('workspaceRisks.heatMap.probability')}
      </text>
      <text class="risks-heat__axis" x={axisBand + (size * cellSize) / 2} y={height - 6} text-anchor="middle">
        {i18n.t('workspaceRisks.heatMap.impact')}
      </text>
      {ratings.map((rating) => (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain <g> of tick numbers takes no focus; the cells name their ratings.
        <g key={`ticks-${rating}`} aria-hidden="true">
          <text
            class="risks-heat__tick"
            x={axisBand - 8}
            y={(size - rating) * cellSize + cellSize / 2}
            text-anchor="end"
            dominant-baseline="middle"
          >
            {rating}
          </text>
          <text
            class="risks-heat__tick"
            x={axisBand + (rating - 1) * cellSize + cellSize / 2}
            y={size * cellSize + 16}
            text-anchor="middle"
          >
            {rating}
          </text>
        </g>
      ))}
    </>
  );
}
