import type { Severity } from '../../health/types';
import type { Rag } from '../../schemas/common';
import type { GateDecision } from '../../schemas/gate-review';
import type { RagDimension } from '../../schemas/status-report';
import type { RiskRatings } from '../risk/risk-rating';
import type { MilestoneTrendAssessment } from '../schedule/milestone-trend';
import type { PortfolioRollUp, ProjectRollUp } from './roll-up-portfolio';

/** Which way a reported light moved between the two latest submitted reports. */
export type RagMove = 'better' | 'worse' | 'same';

/** One project's row on the PMO dashboard: the roll-up plus what the grid, filters and trends need. */
export interface DashboardProject extends ProjectRollUp {
  managerId?: string;
  sponsorName?: string;
  /** The current phase by name, from the project's template; undefined without a method. */
  phase?: { id: string; name: string };
  strategicPriority?: number;
  /** Expected benefit (money), when the project records one. */
  expectedBenefit?: number;
  /** Chosen lights of the latest submitted report, per dimension. */
  reportedDimensions: Partial<Record<RagDimension, Rag>>;
  /** Move of each reported light (and `overall`) from the previous submitted report; absent below two reports. */
  ragMoves: Partial<Record<RagDimension | 'overall', RagMove>>;
  /** True when the watermelon health rule has a finding on this project (green outside, red inside). */
  isWatermelon: boolean;
  /** MTA reading of each milestone the status reports forecast (shared/analytics/schedule/milestone-trend). */
  milestoneTrends: MilestoneTrendAssessment[];
  /** The project's open threats ranked by exposure (at most 10): what the portfolio's top list is merged from. */
  rankedThreats: PortfolioRisk[];
}

/** A risk on the portfolio's top list, ranked by exposure (EMV of threats), then by current score. */
export interface PortfolioRisk {
  projectId: string;
  projectCode: string;
  riskId: string;
  title: string;
  score: number;
  /** Expected monetary value (residual basis), positive for threats; null without a cost impact. */
  emv: number | null;
  ratings: RiskRatings;
}

/** The portfolio heat map: the shared heat map over every open threat of the projects shown. */
export interface PortfolioHeatMap {
  size: number;
  /** counts[probability − 1][impact − 1]. */
  counts: number[][];
  /** For each cell, the `{ projectId, riskId }` behind its count. */
  cells: { projectId: string; riskId: string }[][][];
  total: number;
}

/** One person's load across every project, week by week. */
export interface CapacityRow {
  personId: string;
  name: string;
  weeks: {
    weekStart: string;
    allocatedHours: number;
    capacityHours: number;
    isOverAllocated: boolean;
    projectIds: string[];
  }[];
}

export interface PortfolioCapacity {
  weekStarts: string[];
  rows: CapacityRow[];
  /** Person-weeks over capacity in the window. */
  overAllocatedCount: number;
}

/** Health findings counted by project and by rule: where the method is not followed. */
export interface FindingLeague {
  byProject: { projectId: string; code: string; counts: Record<Severity, number>; total: number }[];
  byRule: { ruleId: string; counts: Record<Severity, number>; total: number; projectIds: string[] }[];
}

/** A gate review waiting for the PMO's decision. */
export interface PendingGate {
  reviewId: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  fromPhaseName?: string;
  toPhaseName: string;
  requestedBy: string;
  requestedAt: string;
  /** Must-meet criteria answered "not met": a go is refused while any remains. */
  unmetMustMeet: number;
  /** Weighted should-meet score (0–5) and the template's pass score, when the template sets them. */
  weightedScore: number | null;
  passScore: number | null;
}

/** Everything the PMO dashboard and the extended portfolio report show, from one pure computation. */
export interface PortfolioDashboard extends Omit<PortfolioRollUp, 'projects'> {
  projects: DashboardProject[];
  heatMap: PortfolioHeatMap;
  topRisks: PortfolioRisk[];
  capacity: PortfolioCapacity;
  findingLeague: FindingLeague;
  pendingGates: PendingGate[];
}

/** What the PMO filters the portfolio by; an absent key does not filter. */
export interface DashboardFilter {
  sponsor?: string;
  managerId?: string;
  phase?: string;
  state?: string;
  /** The suggested overall light; `unknown` for projects without one. */
  rag?: Rag | 'unknown';
}

/** A criterion the PMO weighs projects on, and its weight (0 = ignored … 5). */
export type PriorityCriterionId =
  | 'strategicPriority'
  | 'expectedBenefit'
  | 'riskExposure'
  | 'scheduleHealth'
  | 'costHealth';
export type PriorityWeights = Record<PriorityCriterionId, number>;

export interface RankedProject {
  projectId: string;
  code: string;
  name: string;
  /** 0–100: the weighted mean of the criteria scores. */
  score: number;
  /** Each criterion's score on 0–1 (1 = best for the portfolio), null when the project lacks the data. */
  criteria: Record<PriorityCriterionId, number | null>;
  rank: number;
}

/** A hypothetical change the PMO tries on one project; nothing is saved. */
export type WhatIfChange =
  | { kind: 'slipMilestone'; milestoneId: string; days: number }
  | { kind: 'changeBudget'; bac: number };

export interface WhatIfOutcome {
  projectId: string;
  before: DashboardProject;
  after: DashboardProject;
  totalsBefore: PortfolioDashboard['totals'];
  totalsAfter: PortfolioDashboard['totals'];
  /** The project's place in the prioritisation ranking before and after, with the weights given. */
  rankBefore: number | null;
  rankAfter: number | null;
}

/** The decisions a PMO may take on a gate review; re-exported for the dashboard's dialog. */
export type { GateDecision };
