import { type GanttTick, type GanttTickUnit, listCalendarTicks } from './gantt-layout';
import type { MilestoneTrendSeries } from './milestone-trend';
import { type IsoDate, toEpochDay } from './working-calendar';

/** The box the milestone trend chart is drawn in, in pixels. */
export interface TrendPlot {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One reading placed on the chart. */
export interface TrendPointLayout {
  x: number;
  y: number;
  reportDate: IsoDate;
  forecastDate: IsoDate;
}

/** A milestone trend analysis chart laid out: report dates across, forecasts up. */
export interface TrendLayout {
  plot: TrendPlot;
  series: { milestoneId: string; points: TrendPointLayout[] }[];
  xTicks: GanttTick[];
  yTicks: GanttTick[];
  /** Where the report date equals the forecast (a milestone reaching it is due): x1, y1, x2, y2. */
  diagonal: [number, number, number, number] | null;
}

/** A unit of ticks that gives at most about eight over `days`. */
function tickUnitFor(days: number): GanttTickUnit {
  if (days <= 56) return 'week';
  if (days <= 300) return 'month';
  if (days <= 900) return 'quarter';
  return 'year';
}

/**
 * Lays out the MTA chart (docs/domain.md "Milestone trend analysis", series from buildMilestoneTrend):
 * x is the report date, y the forecast it recorded (later forecasts higher up), each on its own span
 * of days padded by a week, and the diagonal where both are equal. A line climbing to the right is a
 * milestone slipping report after report; a flat one holds its date.
 */
export function layoutMilestoneTrend(series: readonly MilestoneTrendSeries[], plot: TrendPlot): TrendLayout {
  let xMin = Number.POSITIVE_INFINITY;
  let xMax = Number.NEGATIVE_INFINITY;
  let yMin = Number.POSITIVE_INFINITY;
  let yMax = Number.NEGATIVE_INFINITY;
  for (const line of series) {
    for (const point of line.points) {
      const x = toEpochDay(point.reportDate);
      const y = toEpochDay(point.forecastDate);
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
  }
  if (!Number.isFinite(xMin)) return { plot, series: [], xTicks: [], yTicks: [], diagonal: null };
  const pad = (min: number, max: number): [number, number] => {
    const margin = Math.max(7, Math.round((max - min) * 0.08));
    return [min - margin, max + margin];
  };
  [xMin, xMax] = pad(xMin, xMax);
  [yMin, yMax] = pad(yMin, yMax);
  const xOf = (day: number) => plot.left + ((day - xMin) / (xMax - xMin)) * plot.width;
  const yOf = (day: number) => plot.top + plot.height - ((day - yMin) / (yMax - yMin)) * plot.height;

  const from = Math.max(xMin, yMin);
  const to = Math.min(xMax, yMax);
  return {
    plot,
    series: series.map((line) => ({
      milestoneId: line.milestoneId,
      points: line.points.map((point) => ({
        x: xOf(toEpochDay(point.reportDate)),
        y: yOf(toEpochDay(point.forecastDate)),
        reportDate: point.reportDate,
        forecastDate: point.forecastDate,
      })),
    })),
    xTicks: listCalendarTicks(xMin, xMax, tickUnitFor(xMax - xMin), xOf).filter((tick) => tick.x > plot.left),
    yTicks: listCalendarTicks(yMin, yMax, tickUnitFor(yMax - yMin), yOf).filter(
      (tick) => tick.x < plot.top + plot.height,
    ),
    diagonal: from < to ? [xOf(from), yOf(from), xOf(to), yOf(to)] : null,
  };
}
