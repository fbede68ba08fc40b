import type { BaselineFields, MilestoneFields } from '../../schemas/plan';
import type { StatusReportFields } from '../../schemas/status-report';
import type { IsoDate, WorkingCalendar } from './working-calendar';

/** The dates of a milestone that slip and overdue read. */
export type MilestoneDates = Pick<MilestoneFields, 'baselineDate' | 'forecastDate' | 'actualDate'>;

/** A milestone's slip against its baseline, and which of its dates was compared. */
export interface MilestoneSlip {
  /** Working days from baseline to the compared date; null without a baseline. */
  slipDays: number | null;
  /** `actual` when done; `today` when open and its forecast has passed (a stale forecast); else `forecast`. */
  basis: 'actual' | 'forecast' | 'today';
  baselineDate: IsoDate | null;
  comparedDate: IsoDate;
}

/**
 * Slip = forecast − baseline in working days (docs/domain.md "Milestone"); a done milestone compares
 * its actual date. Given `today`, an open milestone whose forecast has passed compares today
 * instead: it cannot finish before today, so a forecast left in the past would show it on time.
 * Positive is late. `baselineDate` overrides the milestone's own (e.g. a Baseline record's).
 */
export function computeMilestoneSlip(
  milestone: MilestoneDates,
  calendar: WorkingCalendar,
  baselineDate: IsoDate | undefined = milestone.baselineDate,
  today?: IsoDate,
): MilestoneSlip {
  const isStale = today !== undefined && isMilestoneOverdue(milestone, today);
  const basis = milestone.actualDate ? 'actual' : isStale ? 'today' : 'forecast';
  const comparedDate = milestone.actualDate ?? (isStale ? (today as IsoDate) : milestone.forecastDate);
  return {
    slipDays: baselineDate ? calendar.workingDaysBetween(baselineDate, comparedDate) : null,
    basis,
    baselineDate: baselineDate ?? null,
    comparedDate,
  };
}

/** Overdue: the forecast date is before `today` and the milestone has no actual date. */
export function isMilestoneOverdue(
  milestone: Pick<MilestoneDates, 'forecastDate' | 'actualDate'>,
  today: IsoDate,
): boolean {
  return !milestone.actualDate && milestone.forecastDate < today;
}

/** Working days from an overdue milestone's forecast to `today`; null when it is not overdue. */
export function countOverdueDays(
  milestone: Pick<MilestoneDates, 'forecastDate' | 'actualDate'>,
  calendar: WorkingCalendar,
  today: IsoDate,
): number | null {
  return isMilestoneOverdue(milestone, today) ? calendar.workingDaysBetween(milestone.forecastDate, today) : null;
}

/** Milestone id → baseline date from a Baseline record's snapshot. */
export function mapBaselineMilestoneDates(
  baseline: Pick<BaselineFields, 'milestones'> | undefined,
): Map<string, IsoDate> {
  return new Map((baseline?.milestones ?? []).map((entry) => [entry.milestoneId, entry.date]));
}

/** A milestone as the overview reads it; a `Milestone` record fits. */
export type AssessedMilestone = MilestoneDates & { id: string; mandatory?: boolean };

/** One milestone's line in {@link MilestoneOverview}. */
export interface MilestoneStatus {
  milestoneId: string;
  mandatory: boolean;
  isDone: boolean;
  isOverdue: boolean;
  /** Working days past its forecast when overdue, else null. */
  overdueDays: number | null;
  /** Against the baseline; an overdue milestone counts as forecast today (see computeMilestoneSlip). */
  slipDays: number | null;
}

/** The milestone figures of one project, as {@link assessMilestones} returns them. */
export interface MilestoneOverview {
  milestones: MilestoneStatus[];
  /** Largest slip among milestones with a baseline; null when none has one. */
  maxSlipDays: number | null;
  maxMandatorySlipDays: number | null;
  overdueIds: string[];
  overdueMandatoryIds: string[];
  withoutBaselineIds: string[];
}

/**
 * Slip and overdue state of every milestone of a project, with the figures the suggested schedule
 * RAG reads. Baseline dates come from `baseline` when given, else from each milestone.
 */
export function assessMilestones(
  milestones: readonly AssessedMilestone[],
  context: { calendar: WorkingCalendar; today: IsoDate; baseline?: Pick<BaselineFields, 'milestones'> },
): MilestoneOverview {
  const baselineDates = mapBaselineMilestoneDates(context.baseline);
  const statuses = milestones.map((milestone): MilestoneStatus => {
    const baselineDate = baselineDates.get(milestone.id) ?? milestone.baselineDate;
    return {
      milestoneId: milestone.id,
      mandatory: milestone.mandatory === true,
      isDone: Boolean(milestone.actualDate),
      isOverdue: isMilestoneOverdue(milestone, context.today),
      overdueDays: countOverdueDays(milestone, context.calendar, context.today),
      slipDays: computeMilestoneSlip(milestone, context.calendar, baselineDate, context.today).slipDays,
    };
  });
  const maxOf = (values: (number | null)[]) =>
    values.reduce<number | null>((max, value) => (value !== null && (max === null || value > max) ? value : max), null);
  return {
    milestones: statuses,
    maxSlipDays: maxOf(statuses.map((status) => status.slipDays)),
    maxMandatorySlipDays: maxOf(statuses.filter((status) => status.mandatory).map((status) => status.slipDays)),
    overdueIds: statuses.filter((status) => status.isOverdue).map((status) => status.milestoneId),
    overdueMandatoryIds: statuses
      .filter((status) => status.isOverdue && status.mandatory)
      .map((status) => status.milestoneId),
    withoutBaselineIds: statuses.filter((status) => status.slipDays === null).map((status) => status.milestoneId),
  };
}

/** One reading of a milestone trend analysis (MTA) chart. */
export interface TrendPoint {
  reportDate: IsoDate;
  forecastDate: IsoDate;
}

/** One milestone's MTA line. */
export interface MilestoneTrendSeries {
  milestoneId: string;
  /** Ascending by report date, one point per report date. */
  points: TrendPoint[];
}

type TrendReport = Pick<StatusReportFields, 'state' | 'periodEnd' | 'milestoneForecasts' | 'submittedAt'>;

/**
 * MTA series (docs/domain.md "Milestone trend analysis"): each milestone's forecast as recorded by every
 * submitted status report, dated by the report's period end. Drafts are ignored; when two reports
 * share a period end, the later submission wins.
 */
export function buildMilestoneTrend(reports: readonly TrendReport[]): MilestoneTrendSeries[] {
  const submitted = reports
    .filter((report) => report.state === 'submitted')
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  const byMilestone = new Map<string, TrendPoint[]>();
  for (const report of submitted) {
    for (const { milestoneId, forecastDate } of report.milestoneForecasts ?? []) {
      const points = byMilestone.get(milestoneId) ?? [];
      if (points.length === 0) byMilestone.set(milestoneId, points);
      const last = points[points.length - 1];
      if (last?.reportDate === report.periodEnd) last.forecastDate = forecastDate;
      else points.push({ reportDate: report.periodEnd, forecastDate });
    }
  }
  return [...byMilestone].map(([milestoneId, points]) => ({ milestoneId, points }));
}

/** Which way an MTA line moved from its first reading to its latest. */
export type TrendDirection = 'slipping' | 'stable' | 'pulling_in' | 'insufficient_data';

/** How one milestone's MTA line reads. */
export interface MilestoneTrendAssessment {
  milestoneId: string;
  direction: TrendDirection;
  /** Rising line: the latest forecast is later than the first by more than the tolerance. */
  isRising: boolean;
  /** Working days from the first to the latest forecast (positive = slipped); null below two points. */
  driftDays: number | null;
  /** Working days the latest report moved the forecast; null below two points. */
  lastMoveDays: number | null;
  /** How many reports moved the forecast later. */
  slipCount: number;
}

/** Reads an MTA line: rising (slipping), flat, or falling (pulling in), in working days. */
export function assessMilestoneTrend(
  series: MilestoneTrendSeries,
  calendar: WorkingCalendar,
  toleranceDays = 0,
): MilestoneTrendAssessment {
  const { points } = series;
  if (points.length < 2) {
    return {
      milestoneId: series.milestoneId,
      direction: 'insufficient_data',
      isRising: false,
      driftDays: null,
      lastMoveDays: null,
      slipCount: 0,
    };
  }
  let slipCount = 0;
  for (let index = 1; index < points.length; index += 1) {
    if (calendar.workingDaysBetween(points[index - 1].forecastDate, points[index].forecastDate) > 0) slipCount += 1;
  }
  const latest = points[points.length - 1].forecastDate;
  const driftDays = calendar.workingDaysBetween(points[0].forecastDate, latest);
  const direction: TrendDirection =
    driftDays > toleranceDays ? 'slipping' : driftDays < -toleranceDays ? 'pulling_in' : 'stable';
  return {
    milestoneId: series.milestoneId,
    direction,
    isRising: direction === 'slipping',
    driftDays,
    lastMoveDays: calendar.workingDaysBetween(points[points.length - 2].forecastDate, latest),
    slipCount,
  };
}
