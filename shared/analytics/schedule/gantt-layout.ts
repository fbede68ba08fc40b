import type { PlanEntryKind } from './plan-schedule';
import { fromEpochDay, type IsoDate, isoWeekdayOfEpochDay, toEpochDay, type WorkingCalendar } from './working-calendar';

/** How much time one screen of the Gantt shows. */
export type GanttZoom = 'week' | 'month' | 'quarter';
export const ganttZooms: readonly GanttZoom[] = ['week', 'month', 'quarter'];

/** Pixels per calendar day at each zoom: a week about 140 px wide, a month 150 px, a quarter 150 px. */
export const ganttDayWidth: Record<GanttZoom, number> = { week: 20, month: 5, quarter: 1.65 };

/** The calendar unit of each tick band: the upper band labels the larger unit, the lower the smaller. */
export type GanttTickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';
const tickUnits: Record<GanttZoom, { upper: GanttTickUnit; lower: GanttTickUnit }> = {
  week: { upper: 'month', lower: 'week' },
  month: { upper: 'quarter', lower: 'month' },
  quarter: { upper: 'year', lower: 'quarter' },
};

/** One row of the Gantt, as the layout reads it (a ScheduledPlanEntry fits, plus its baseline). */
export interface GanttRowInput {
  id: string;
  kind: PlanEntryKind;
  /** Forecast: first and last day (a milestone's date twice); null when the item is not scheduled. */
  start: IsoDate | null;
  finish: IsoDate | null;
  /** The chosen baseline's dates for the row, when it holds it. */
  baselineStart?: IsoDate | null;
  baselineFinish?: IsoDate | null;
  isCritical: boolean;
}

/** A horizontal span in pixels; a milestone's is its centre (`width` 0). */
export interface GanttSpan {
  x: number;
  width: number;
}

/** One row placed: its index and top, its forecast bar or diamond, and its baseline under it. */
export interface GanttRowLayout {
  id: string;
  index: number;
  /** Top of the row in pixels. */
  y: number;
  kind: PlanEntryKind;
  forecast: GanttSpan | null;
  baseline: GanttSpan | null;
  isCritical: boolean;
}

/** A finish-to-start arrow, as a polyline of x, y pairs ending at the successor's start. */
export interface GanttArrow {
  fromId: string;
  toId: string;
  fromIndex: number;
  toIndex: number;
  isCritical: boolean;
  points: number[];
}

/** A tick: where a unit starts, and the date it stands for. */
export interface GanttTick {
  x: number;
  date: IsoDate;
  unit: GanttTickUnit;
}

/** Everything the Gantt draws, in pixels from the chart's top-left corner (under its header). */
export interface GanttLayout {
  zoom: GanttZoom;
  /** The first day on the left edge. */
  startDate: IsoDate;
  endDate: IsoDate;
  dayWidth: number;
  width: number;
  rowHeight: number;
  /** Rows × row height. */
  height: number;
  rows: GanttRowLayout[];
  rowIndexById: Map<string, number>;
  arrows: GanttArrow[];
  upperTicks: GanttTick[];
  lowerTicks: GanttTick[];
  /** Stretches of non-working days, shaded at the week zoom (else empty). */
  nonWorking: GanttSpan[];
  /** Where today's line stands; null when today is outside the chart. */
  todayX: number | null;
}

/** What {@link layoutGantt} reads. */
export interface GanttLayoutInput {
  /** In display order. */
  rows: readonly GanttRowInput[];
  links: readonly { fromId: string; toId: string }[];
  zoom: GanttZoom;
  today: IsoDate;
  rowHeight: number;
  calendar: WorkingCalendar;
}

// Room around the plan, in days, so the first and last bars do not touch the edges.
const marginDays: Record<GanttZoom, number> = { week: 7, month: 14, quarter: 45 };
// How far an arrow leaves a bar before it turns, in pixels.
const arrowStub = 8;

/** The first day of the unit that holds `epochDay` (weeks start on Monday, ISO). */
function startOfUnit(epochDay: number, unit: GanttTickUnit): number {
  if (unit === 'day') return epochDay;
  if (unit === 'week') return epochDay - (isoWeekdayOfEpochDay(epochDay) - 1);
  const [year, month] = fromEpochDay(epochDay).split('-').map(Number);
  if (unit === 'month') return toEpochDay(`${year}-${String(month).padStart(2, '0')}-01`);
  if (unit === 'quarter') {
    const first = month - ((month - 1) % 3);
    return toEpochDay(`${year}-${String(first).padStart(2, '0')}-01`);
  }
  return toEpochDay(`${year}-01-01`);
}

/** The first day of the unit after the one that starts on `epochDay`. */
function nextUnit(epochDay: number, unit: GanttTickUnit): number {
  if (unit === 'day') return epochDay + 1;
  if (unit === 'week') return epochDay + 7;
  const [year, month] = fromEpochDay(epochDay).split('-').map(Number);
  const step = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  const total = year * 12 + (month - 1) + step;
  return toEpochDay(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`);
}

/** The units from `fromDay` to `toDay` (epoch days), each as a tick at its first day (clamped to the start). */
export function listCalendarTicks(
  fromDay: number,
  toDay: number,
  unit: GanttTickUnit,
  xOf: (epochDay: number) => number,
): GanttTick[] {
  const ticks: GanttTick[] = [];
  for (let day = startOfUnit(fromDay, unit); day <= toDay; day = nextUnit(day, unit)) {
    const at = Math.max(day, fromDay);
    ticks.push({ x: xOf(at), date: fromEpochDay(day), unit });
  }
  return ticks;
}

/**
 * Places a plan on a time axis (the Gantt of the Plan tab): each row at `index × rowHeight`, its
 * forecast bar from the start of its first day to the end of its last (a milestone's diamond at the
 * end of its day, where schedule-dates.ts puts it), the chosen baseline's bar under it, an elbow
 * arrow per finish-to-start link from the predecessor's end to the successor's start, ticks for two
 * calendar units, weekends at the week zoom and today's line. Pure and linear in rows and links, so
 * a 2,000-row plan is laid out afresh on every edit; the screen draws only the rows in view.
 */
export function layoutGantt(input: GanttLayoutInput): GanttLayout {
  const { rows, zoom, rowHeight, calendar } = input;
  const dayWidth = ganttDayWidth[zoom];
  const today = toEpochDay(input.today);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const widen = (date: IsoDate | null | undefined) => {
    if (!date) return;
    const day = toEpochDay(date);
    if (day < first) first = day;
    if (day > last) last = day;
  };
  for (const row of rows) {
    widen(row.start);
    widen(row.finish);
    widen(row.baselineStart);
    widen(row.baselineFinish);
  }
  if (!Number.isFinite(first)) {
    first = today;
    last = today;
  }
  const units = tickUnits[zoom];
  const startDay = startOfUnit(Math.min(first, today) - marginDays[zoom], units.lower);
  const endDay = nextUnit(startOfUnit(Math.max(last, today) + marginDays[zoom], units.lower), units.lower) - 1;
  const xOf = (epochDay: number) => (epochDay - startDay) * dayWidth;
  const spanOf = (kind: PlanEntryKind, start: IsoDate | null | undefined, finish: IsoDate | null | undefined) => {
    if (!start || !finish) return null;
    if (kind === 'milestone') return { x: xOf(toEpochDay(finish) + 1), width: 0 };
    const from = toEpochDay(start);
    return { x: xOf(from), width: Math.max(dayWidth, (toEpochDay(finish) + 1 - from) * dayWidth) };
  };

  const placed: GanttRowLayout[] = new Array(rows.length);
  const rowIndexById = new Map<string, number>();
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    rowIndexById.set(row.id, index);
    placed[index] = {
      id: row.id,
      index,
      y: index * rowHeight,
      kind: row.kind,
      forecast: spanOf(row.kind, row.start, row.finish),
      baseline: spanOf(row.kind, row.baselineStart, row.baselineFinish),
      isCritical: row.isCritical,
    };
  }

  const arrows: GanttArrow[] = [];
  for (const link of input.links) {
    const fromIndex = rowIndexById.get(link.fromId);
    const toIndex = rowIndexById.get(link.toId);
    if (fromIndex === undefined || toIndex === undefined) continue;
    const from = placed[fromIndex];
    const to = placed[toIndex];
    if (!from.forecast || !to.forecast) continue;
    arrows.push({
      fromId: link.fromId,
      toId: link.toId,
      fromIndex,
      toIndex,
      isCritical: from.isCritical && to.isCritical,
      points: routeArrow(from, to, rowHeight),
    });
  }

  const nonWorking: GanttSpan[] = [];
  if (zoom === 'week') {
    let runStart = -1;
    for (let day = startDay; day <= endDay + 1; day += 1) {
      const isOff = day <= endDay && !calendar.isWorkingEpochDay(day);
      if (isOff && runStart < 0) runStart = day;
      if (!isOff && runStart >= 0) {
        nonWorking.push({ x: xOf(runStart), width: (day - runStart) * dayWidth });
        runStart = -1;
      }
    }
  }

  return {
    zoom,
    startDate: fromEpochDay(startDay),
    endDate: fromEpochDay(endDay),
    dayWidth,
    width: (endDay + 1 - startDay) * dayWidth,
    rowHeight,
    height: rows.length * rowHeight,
    rows: placed,
    rowIndexById,
    arrows,
    upperTicks: listCalendarTicks(startDay, endDay, units.upper, xOf),
    lowerTicks: listCalendarTicks(startDay, endDay, units.lower, xOf),
    nonWorking,
    todayX: today >= startDay && today <= endDay ? xOf(today) + dayWidth / 2 : null,
  };
}

/**
 * An elbow from the predecessor's end to the successor's start: out to the right, down (or up) to
 * the successor's row, in from the left. When the successor starts before the predecessor's end
 * plus two stubs, the line goes down between the rows first and back left.
 */
function routeArrow(from: GanttRowLayout, to: GanttRowLayout, rowHeight: number): number[] {
  const fromSpan = from.forecast as GanttSpan;
  const toSpan = to.forecast as GanttSpan;
  const reach = from.kind === 'milestone' ? rowHeight * 0.3 : 0;
  const land = to.kind === 'milestone' ? rowHeight * 0.3 : 0;
  const x1 = fromSpan.x + fromSpan.width + reach;
  const y1 = from.y + rowHeight / 2;
  const x2 = toSpan.x - land;
  const y2 = to.y + rowHeight / 2;
  if (x2 - x1 >= arrowStub * 2) {
    const turn = x1 + arrowStub;
    return [x1, y1, turn, y1, turn, y2, x2, y2];
  }
  const between = to.index > from.index ? to.y : to.y + rowHeight;
  return [x1, y1, x1 + arrowStub, y1, x1 + arrowStub, between, x2 - arrowStub, between, x2 - arrowStub, y2, x2, y2];
}

/** The rows from `first` to `last` (inclusive) and the arrows that cross them: what one screen draws. */
export function sliceGantt(
  layout: GanttLayout,
  first: number,
  last: number,
): { rows: GanttRowLayout[]; arrows: GanttArrow[] } {
  const from = Math.max(0, first);
  const to = Math.min(layout.rows.length - 1, last);
  if (to < from) return { rows: [], arrows: [] };
  return {
    rows: layout.rows.slice(from, to + 1),
    arrows: layout.arrows.filter(
      (arrow) => Math.min(arrow.fromIndex, arrow.toIndex) <= to && Math.max(arrow.fromIndex, arrow.toIndex) >= from,
    ),
  };
}

/** The x of a day's start on the chart, for scrolling a date into view. */
export function xOfDate(layout: Pick<GanttLayout, 'startDate' | 'dayWidth'>, date: IsoDate): number {
  return (toEpochDay(date) - toEpochDay(layout.startDate)) * layout.dayWidth;
}

/** The zoom a plan opens at: weeks for up to four months, months for up to eighteen, else quarters. */
export function suggestGanttZoom(start: IsoDate | null, finish: IsoDate | null): GanttZoom {
  if (!start || !finish) return 'month';
  const days = toEpochDay(finish) - toEpochDay(start);
  return days <= 120 ? 'week' : days <= 540 ? 'month' : 'quarter';
}
