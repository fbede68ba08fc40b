import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type GanttLayout,
  type GanttRowLayout,
  type GanttZoom,
  layoutGantt,
  sliceGantt,
  xOfDate,
} from '../../../../shared/analytics/schedule/gantt-layout';
import type { PlanRow } from '../../../../shared/analytics/schedule/plan-register';
import type { PlanLink } from '../../../../shared/analytics/schedule/plan-schedule';
import type { WorkingCalendar } from '../../../../shared/analytics/schedule/working-calendar';
import { formatDay } from '../format';
import { formatTick, formatWorkingDays } from './plan-labels';
import { measured } from './plan-model';

export const ganttRowHeight = 30;
const axisHeight = 44;
// Rows drawn above and below the visible ones, so a quick scroll shows no gap before the next frame.
const overscan = 8;

interface GanttChartProps {
  rows: readonly PlanRow[];
  links: readonly PlanLink[];
  zoom: GanttZoom;
  today: string;
  calendar: WorkingCalendar;
  onOpen(id: string): void;
}

function describeRow(row: PlanRow): string {
  const parts = [
    row.title,
    row.kind === 'milestone' ? i18n.t('workspacePlan.kinds.milestone') : '',
    row.start && row.finish
      ? row.kind === 'milestone'
        ? formatDay(row.finish)
        : i18n.t('workspacePlan.gantt.span', [formatDay(row.start), formatDay(row.finish)])
      : i18n.t('workspacePlan.gantt.unscheduled'),
    row.baselineFinish ? i18n.t('workspacePlan.gantt.baselineAt', [formatDay(row.baselineFinish)]) : '',
    row.varianceDays ? i18n.t('workspacePlan.gantt.variance', [formatWorkingDays(row.varianceDays)]) : '',
    row.pushedTo ? i18n.t('workspacePlan.gantt.pushedTo', [formatDay(row.pushedTo)]) : '',
    row.isCritical ? i18n.t('workspacePlan.critical') : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** A diamond centred on x, y. */
const diamond = (x: number, y: number, r: number) => `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`;

function GanttBars({ row, plan, layout }: { row: GanttRowLayout; plan: PlanRow; layout: GanttLayout }) {
  const top = row.y;
  const critical = row.isCritical ? ' is-critical' : '';
  // Where its predecessors push it (later than its own dates say): a dashed outline, as a warning.
  const pushedX = plan.pushedTo ? xOfDate(layout, plan.pushedTo) : null;
  if (row.kind === 'milestone') {
    const cy = top + ganttRowHeight / 2;
    return (
      <g data-testid={`gantt-bars-${row.id}`} data-critical={row.isCritical ? 'true' : 'false'}>
        {pushedX !== null ? (
          <polygon
            class="gantt-pushed"
            data-testid={`gantt-pushed-${row.id}`}
            points={diamond(pushedX + layout.dayWidth, cy, 8)}
          />
        ) : null}
        {row.baseline ? (
          <polygon
            class="gantt-baseline gantt-baseline--milestone"
            data-testid={`gantt-baseline-${row.id}`}
            data-x={row.baseline.x}
            points={diamond(row.baseline.x, cy, 7)}
          />
        ) : null}
        {row.forecast ? (
          <polygon
            class={`gantt-milestone${critical}${plan.isDone ? ' is-done' : ''}`}
            data-testid={`gantt-forecast-${row.id}`}
            data-x={row.forecast.x}
            points={diamond(row.forecast.x, cy, 8)}
          />
        ) : null}
      </g>
    );
  }
  return (
    <g data-testid={`gantt-bars-${row.id}`} data-critical={row.isCritical ? 'true' : 'false'}>
      {row.baseline ? (
        <rect
          class="gantt-baseline"
          data-testid={`gantt-baseline-${row.id}`}
          data-x={row.baseline.x}
          x={row.baseline.x}
          y={top + 20}
          width={row.baseline.width}
          height={5}
          rx={1}
        />
      ) : null}
      {pushedX !== null && row.forecast ? (
        <rect
          class="gantt-pushed"
          data-testid={`gantt-pushed-${row.id}`}
          x={pushedX}
          y={top + 5}
          width={row.forecast.width}
          height={14}
          rx={2}
        />
      ) : null}
      {row.forecast ? (
        <>
          <rect
            class={`gantt-bar${critical}${plan.isFromNetwork ? ' is-derived' : ''}`}
            data-testid={`gantt-forecast-${row.id}`}
            data-x={row.forecast.x}
            x={row.forecast.x}
            y={top + 6}
            width={row.forecast.width}
            height={12}
            rx={2}
          />
          {plan.percentComplete > 0 ? (
            <rect
              class="gantt-progress"
              x={row.forecast.x}
              y={top + 10}
              width={(row.forecast.width * Math.min(100, plan.percentComplete)) / 100}
              height={4}
            />
          ) : null}
        </>
      ) : null}
    </g>
  );
}

/**
 * The Gantt of the Plan tab, drawn as SVG from layoutGantt (shared/analytics/schedule/gantt-layout.ts):
 * forecast bars over the chosen baseline's, milestones as diamonds, finish-to-start arrows, the
 * critical path (schedulePlan's critical ids) in the danger colour and with a heavier outline, and
 * today's line. Only the rows in view are drawn (fixed row height), so 2,000 rows cost what 30 do.
 * The names on the left are a listbox: arrows move between rows, Enter opens the one chosen.
 */
export function GanttChart({ rows, links, zoom, today, calendar, onOpen }: GanttChartProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 480 });
  const [activeIndex, setActiveIndex] = useState(0);
  const layout: GanttLayout = useMemo(
    () =>
      measured('gantt layout', () => layoutGantt({ rows, links, zoom, today, rowHeight: ganttRowHeight, calendar })),
    [rows, links, zoom, today, calendar],
  );
  // The side panel (360 px) keeps most of its width for the bars.
  const [labelWidth, setLabelWidth] = useState(180);
  const first = Math.max(0, Math.floor(viewport.top / ganttRowHeight) - overscan);
  const last = Math.ceil((viewport.top + viewport.height) / ganttRowHeight) + overscan;
  const slice = useMemo(() => sliceGantt(layout, first, last), [layout, first, last]);
  const active = Math.min(activeIndex, Math.max(0, rows.length - 1));
  const visibleRows =
    active < first || active > last ? [...slice.rows, layout.rows[active]].filter(Boolean) : slice.rows;

  useLayoutEffect(() => {
    const measure = () => {
      const element = scroller.current;
      if (!element) return;
      setViewport({ top: element.scrollTop, height: element.clientHeight || 480 });
      if (element.clientWidth > 0) setLabelWidth(element.clientWidth < 560 ? 124 : 200);
    };
    measure();
    // The side panel and a window can be resized: the names column follows the width it has.
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, [rows.length]);

  // The zoom the view was last brought to the plan for: a live update (someone's edit synced) must
  // not pull the chart away from where the user scrolled it.
  const placedForZoom = useRef<string | undefined>(undefined);
  useEffect(() => {
    // A new zoom brings the plan into view: today when it falls within the plan, else the first bar.
    const element = scroller.current;
    if (!element || placedForZoom.current === zoom) return;
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    for (const row of layout.rows) {
      if (!row.forecast) continue;
      first = Math.min(first, row.forecast.x);
      last = Math.max(last, row.forecast.x + row.forecast.width);
    }
    if (!Number.isFinite(first)) return;
    const isTodayInPlan = layout.todayX !== null && layout.todayX >= first && layout.todayX <= last;
    const target = isTodayInPlan ? (layout.todayX as number) - (element.clientWidth - labelWidth) / 3 : first - 24;
    element.scrollLeft = Math.max(0, target);
    placedForZoom.current = zoom;
  }, [zoom, layout, labelWidth]);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(next);
    const element = scroller.current;
    if (!element) return;
    const top = next * ganttRowHeight;
    const bodyHeight = element.clientHeight - axisHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ganttRowHeight > element.scrollTop + bodyHeight)
      element.scrollTop = top + ganttRowHeight - bodyHeight;
  }

  function onKeyDown(event: KeyboardEvent) {
    const page = Math.max(1, Math.floor(viewport.height / ganttRowHeight) - 2);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
    } else if ((event.key === 'Enter' || event.key === ' ') && rows[active]) {
      event.preventDefault();
      onOpen(rows[active].id);
    }
  }

  const chartHeight = Math.max(layout.height, ganttRowHeight);
  return (
    <div
      ref={scroller}
      class="gantt"
      data-testid="gantt"
      style={{ maxHeight: `${Math.min(560, axisHeight + chartHeight + 2)}px` }}
      onScroll={(event) =>
        setViewport({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })
      }
    >
      <div
        class="gantt__canvas"
        style={{
          width: `${labelWidth + layout.width}px`,
          gridTemplateColumns: `${labelWidth}px ${layout.width}px`,
          gridTemplateRows: `${axisHeight}px ${chartHeight}px`,
        }}
      >
        <div class="gantt__corner">{i18n.t('workspacePlan.gantt.nameColumn')}</div>
        <svg class="gantt__axis" width={layout.width} height={axisHeight} aria-hidden="true">
          {layout.upperTicks.map((tick) => (
            <g key={`u${tick.date}`}>
              <line class="gantt-tick" x1={tick.x} x2={tick.x} y1={0} y2={axisHeight} />
              <text class="gantt-tick-label" x={tick.x + 4} y={15}>
                {formatTick(tick, true)}
              </text>
            </g>
          ))}
          {layout.lowerTicks.map((tick) => (
            <g key={`l${tick.date}`}>
              <line class="gantt-tick" x1={tick.x} x2={tick.x} y1={22} y2={axisHeight} />
              <text class="gantt-tick-label gantt-tick-label--lower" x={tick.x + 3} y={37}>
                {formatTick(tick, false)}
              </text>
            </g>
          ))}
          {layout.todayX !== null ? (
            <line class="gantt-today" x1={layout.todayX} x2={layout.todayX} y1={22} y2={axisHeight} />
          ) : null}
        </svg>
        <div
          class="gantt__labels"
          role="listbox"
          tabIndex={0}
          data-testid="gantt-rows"
          aria-label={i18n.t('workspacePlan.gantt.rowsLabel')}
          aria-activedescendant={rows[active] ? `gantt-row-${rows[active].id}` : undefined}
          onKeyDown={onKeyDown}
        >
          {visibleRows.map((row) => {
            const plan = rows[row.index];
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox around it takes the keys (Enter opens the active row).
              <div
                key={row.id}
                id={`gantt-row-${row.id}`}
                role="option"
                tabIndex={-1}
                aria-selected={row.index === active ? 'true' : 'false'}
                aria-label={describeRow(plan)}
                class={`gantt__label${row.index === active ? ' is-active' : ''}${plan.kind === 'milestone' ? ' is-milestone' : ''}`}
                data-testid={`gantt-row-${row.id}`}
                data-critical={plan.isCritical ? 'true' : 'false'}
                style={{ top: `${row.y}px`, height: `${ganttRowHeight}px` }}
                onClick={() => {
                  setActiveIndex(row.index);
                  onOpen(row.id);
                }}
              >
                <span class="gantt__label-text">{plan.title}</span>
                {plan.isCritical ? (
                  <span class="gantt__flag" aria-hidden="true" title={i18n.t('workspacePlan.critical')}>
                    !
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
        <svg class="gantt__chart" width={layout.width} height={chartHeight} aria-hidden="true">
          <defs>
            <marker id="gantt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0,0 L8,4 L0,8 z" class="gantt-arrowhead" />
            </marker>
            <marker
              id="gantt-arrow-critical"
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L8,4 L0,8 z" class="gantt-arrowhead is-critical" />
            </marker>
          </defs>
          {layout.nonWorking.map((span) => (
            <rect key={span.x} class="gantt-offday" x={span.x} y={0} width={span.width} height={chartHeight} />
          ))}
          {layout.lowerTicks.map((tick) => (
            <line key={tick.date} class="gantt-grid" x1={tick.x} x2={tick.x} y1={0} y2={chartHeight} />
          ))}
          {visibleRows.map((row) =>
            row.index === active ? (
              <rect
                key="active"
                class="gantt-active-row"
                x={0}
                y={row.y}
                width={layout.width}
                height={ganttRowHeight}
              />
            ) : null,
          )}
          {slice.arrows.map((arrow) => (
            <polyline
              key={`${arrow.fromId}>${arrow.toId}`}
              class={arrow.isCritical ? 'gantt-link is-critical' : 'gantt-link'}
              points={arrow.points.join(' ')}
              marker-end={arrow.isCritical ? 'url(#gantt-arrow-critical)' : 'url(#gantt-arrow)'}
            />
          ))}
          {visibleRows.map((row) => (
            <GanttBars key={row.id} row={row} plan={rows[row.index]} layout={layout} />
          ))}
          {layout.todayX !== null ? (
            <line
              class="gantt-today"
              data-testid="gantt-today"
              x1={layout.todayX}
              x2={layout.todayX}
              y1={0}
              y2={chartHeight}
            />
          ) : null}
        </svg>
      </div>
    </div>
  );
}
