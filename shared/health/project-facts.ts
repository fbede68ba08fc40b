import type { OverAllocation } from '../analytics/resources/over-allocation';
import type { GateReview } from '../schemas/gate-review';
import type { Template } from '../schemas/methodology';
import type { Milestone } from '../schemas/plan';
import type { Project } from '../schemas/project';
import type { Action, Issue } from '../schemas/raid';
import type { Allocation } from '../schemas/resources';
import type { Risk } from '../schemas/risk';
import type { StatusReport } from '../schemas/status-report';

/** A milestone with the slip the schedule code computed for it. */
export type MilestoneFact = Milestone & {
  /** Forecast − baseline in working days (negative = early); undefined without a baseline date. */
  slipDays?: number;
  /** The forecast date has passed (before `today`) and there is no actual date. */
  isOverdue: boolean;
};

/** Schedule and earned-value figures computed elsewhere (schedule / earned-value code), passed in as plain numbers. */
export interface ProjectMetrics {
  /** Schedule performance index EV / PV; undefined when PV is unknown or zero. */
  spi?: number;
  /** Cost performance index EV / AC; undefined when AC is unknown or zero. */
  cpi?: number;
  /** Variance at completion BAC − EAC (negative = forecast overrun). */
  vac?: number;
  /** Budget at completion. */
  bac?: number;
  /** Largest slip of a mandatory milestone, in working days (forecast − baseline). */
  worstMandatorySlipDays?: number;
  /** The project has at least one baseline. */
  hasBaseline: boolean;
}

/**
 * Everything the health checks and the suggested RAG read about one project. Arrays hold this
 * project's records only, except `overAllocations`: the weeks of people allocated to it
 * (findOverAllocations over the whole workspace, so other projects' load counts), which the rules
 * narrow to weeks where this project has a share.
 */
export interface ProjectFacts {
  /** `YYYY-MM-DD`; rules never read the clock. */
  today: string;
  project: Project;
  /** The project's methodology, to know its first phase (entered without a gate). */
  template?: Template;
  risks: readonly Risk[];
  issues: readonly Issue[];
  actions: readonly Action[];
  milestones: readonly MilestoneFact[];
  statusReports: readonly StatusReport[];
  gateReviews: readonly GateReview[];
  allocations: readonly Allocation[];
  overAllocations: readonly OverAllocation[];
  metrics: ProjectMetrics;
}
