import { describe, expect, it } from 'vitest';
import {
  createWorkingCalendar,
  type GanttRowInput,
  ganttDayWidth,
  layoutGantt,
  sliceGantt,
} from '../../../../shared/analytics/schedule';

const calendar = createWorkingCalendar();
const rows: GanttRowInput[] = [
  // Mon 9 to Fri 13 March 2026, baselined a week earlier.
  {
    id: 'design',
    kind: 'planItem',
    start: '2026-03-09',
    finish: '2026-03-13',
    baselineStart: '2026-03-02',
    baselineFinish: '2026-03-06',
    isCritical: true,
  },
  { id: 'live', kind: 'milestone', start: '2026-03-13', finish: '2026-03-13', isCritical: true },
  { id: 'docs', kind: 'planItem', start: '2026-03-10', finish: '2026-03-11', isCritical: false },
  { id: 'later', kind: 'planItem', start: null, finish: null, isCritical: false },
];
const links = [
  { fromId: 'design', toId: 'live' },
  { fromId: 'design', toId: 'docs' },
  { fromId: 'design', toId: 'later' },
];

describe('layoutGantt', () => {
  it('starts the week zoom on a Monday a week before the plan, a day 20 px wide', () => {
    const layout = layoutGantt({ rows, links, zoom: 'week', today: '2026-03-11', rowHeight: 32, calendar });
    expect(layout.startDate).toBe('2026-02-23');
    expect(layout.dayWidth).toBe(20);
    const design = layout.rows[0];
    // 14 days from 23 Feb to 9 March; 5 days long.
    expect(design.forecast).toEqual({ x: 14 * 20, width: 5 * 20 });
    expect(design.baseline).toEqual({ x: 7 * 20, width: 5 * 20 });
    // A milestone sits at the end of its day.
    expect(layout.rows[1].forecast).toEqual({ x: 19 * 20, width: 0 });
    expect(layout.rows[1].y).toBe(32);
    expect(layout.rows[3].forecast).toBeNull();
    expect(layout.todayX).toBe(16 * 20 + 10);
    expect(layout.lowerTicks.map((tick) => tick.date).slice(0, 4)).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(layout.upperTicks[0]).toMatchObject({ date: '2026-02-01', x: 0, unit: 'month' });
    // Weekends shaded: the first one is Sat 28 Feb – Sun 1 March.
    expect(layout.nonWorking[0]).toEqual({ x: 5 * 20, width: 2 * 20 });
    expect(layout.height).toBe(4 * 32);
  });

  it('starts the month zoom on the first of a month and the quarter zoom on a quarter, ticks to match', () => {
    const month = layoutGantt({ rows, links, zoom: 'month', today: '2026-03-11', rowHeight: 32, calendar });
    expect(month.startDate).toBe('2026-02-01');
    expect(month.rows[0].forecast?.x).toBe(36 * ganttDayWidth.month);
    // Two weeks of room after 13 March still end in March: the chart ends with it.
    expect(month.endDate).toBe('2026-03-31');
    expect(month.lowerTicks.map((tick) => tick.date)).toEqual(['2026-02-01', '2026-03-01']);
    // The quarter band starts at the chart's left edge, whatever day its quarter began.
    expect(month.upperTicks).toEqual([{ x: 0, date: '2026-01-01', unit: 'quarter' }]);
    expect(month.nonWorking).toEqual([]);

    const quarter = layoutGantt({ rows, links, zoom: 'quarter', today: '2026-03-11', rowHeight: 32, calendar });
    expect(quarter.startDate).toBe('2026-01-01');
    expect(quarter.lowerTicks.map((tick) => tick.date)).toEqual(['2026-01-01', '2026-04-01']);
    expect(quarter.upperTicks.map((tick) => tick.date)).toEqual(['2026-01-01']);
    expect(quarter.rows[0].forecast?.x).toBeCloseTo(67 * ganttDayWidth.quarter);
  });

  it('draws an elbow from each predecessor end to its successor start, and none to an unscheduled row', () => {
    const layout = layoutGantt({ rows, links, zoom: 'week', today: '2026-03-11', rowHeight: 32, calendar });
    expect(layout.arrows.map((arrow) => arrow.toId)).toEqual(['live', 'docs']);
    const [toMilestone, back] = layout.arrows;
    expect(toMilestone.isCritical).toBe(true);
    expect(toMilestone.points.slice(0, 2)).toEqual([19 * 20, 16]);
    expect(toMilestone.points.at(-1)).toBe(48);
    // "Docs" starts before "Design" ends: the arrow goes down between the rows and back left.
    expect(back.isCritical).toBe(false);
    expect(back.points).toEqual([380, 16, 388, 16, 388, 64, 15 * 20 - 8, 64, 15 * 20 - 8, 80, 15 * 20, 80]);
  });

  it('hands one screen only the rows in view and the arrows that cross them', () => {
    const layout = layoutGantt({ rows, links, zoom: 'week', today: '2026-03-11', rowHeight: 32, calendar });
    const slice = sliceGantt(layout, 2, 3);
    expect(slice.rows.map((row) => row.id)).toEqual(['docs', 'later']);
    expect(slice.arrows.map((arrow) => arrow.toId)).toEqual(['docs']);
    expect(sliceGantt(layout, 1, 1).arrows.map((arrow) => arrow.toId)).toEqual(['live', 'docs']);
  });

  it('lays out 2,000 rows and 4,000 links quickly enough to redo on every edit', () => {
    const many: GanttRowInput[] = Array.from({ length: 2000 }, (_, index) => ({
      id: `r${index}`,
      kind: 'planItem',
      start: '2026-03-02',
      finish: '2026-03-20',
      isCritical: index % 3 === 0,
    }));
    const manyLinks = Array.from({ length: 4000 }, (_, index) => ({
      fromId: `r${index % 1999}`,
      toId: `r${(index % 1999) + 1}`,
    }));
    const started = performance.now();
    const layout = layoutGantt({
      rows: many,
      links: manyLinks,
      zoom: 'month',
      today: '2026-03-11',
      rowHeight: 32,
      calendar,
    });
    expect(layout.arrows).toHaveLength(4000);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
