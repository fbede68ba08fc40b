import { z } from 'zod';
import { RagSchema } from '../schemas/common';
import { RagDimensionSchema } from '../schemas/status-report';

/** A sentence to show in the reader's language: a message catalog key and its placeholder values. */
const MessageRefSchema = z.object({ key: z.string(), params: z.record(z.string(), z.unknown()) });

const SeverityCountsSchema = z.object({ info: z.number(), warning: z.number(), critical: z.number() });

const DimensionSuggestionSchema = z.object({
  dimension: RagDimensionSchema,
  rag: RagSchema.nullable(),
  reason: MessageRefSchema,
});

const figure = z.number().nullable();

/** EVM figures of a project (shared/analytics/earned-value); null when an input is unknown. */
const EarnedValueIndicatorsSchema = z.object({
  bac: figure,
  pv: figure,
  ev: figure,
  ac: figure,
  sv: figure,
  cv: figure,
  spi: figure,
  cpi: figure,
  eacCpi: figure,
  eacAtypical: figure,
  eacCpiSpi: figure,
  etcCpi: figure,
  etcAtypical: figure,
  etcCpiSpi: figure,
  vacCpi: figure,
  vacAtypical: figure,
  vacCpiSpi: figure,
  tcpi: figure,
  percentComplete: figure,
  percentSpent: figure,
});

const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  projectId: z.string(),
  entity: z.string(),
  entityId: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.unknown()),
  coachingKey: z.string(),
});

/** One project's line of the portfolio (shared/analytics/portfolio `ProjectRollUp`). */
export const ProjectRollUpSchema = z.object({
  projectId: z.string(),
  code: z.string(),
  name: z.string(),
  state: z.string(),
  managerName: z.string().optional(),
  suggestedRag: z.object({
    overall: z.object({ rag: RagSchema.nullable(), reason: MessageRefSchema }),
    dimensions: z.record(RagDimensionSchema, DimensionSuggestionSchema),
  }),
  reportedRag: z.object({ rag: RagSchema, periodEnd: z.string() }).optional(),
  earnedValue: EarnedValueIndicatorsSchema,
  milestones: z.object({
    maxSlipDays: figure,
    maxMandatorySlipDays: figure,
    overdueCount: z.number(),
    next: z
      .object({ id: z.string(), title: z.string(), forecastDate: z.string(), slipDays: figure, overdueDays: figure })
      .optional(),
  }),
  topRisks: z.array(z.object({ id: z.string(), title: z.string(), score: z.number() })),
  riskExposure: z.number(),
  findings: z.array(FindingSchema),
  findingCounts: SeverityCountsSchema,
});

const RagMoveSchema = z.enum(['better', 'worse', 'same']);

const RiskRatingsSchema = z.object({
  probability: z.number(),
  impact: z.number(),
  residualProbability: z.number().optional(),
  residualImpact: z.number().optional(),
});

/** A risk of the portfolio's top list (shared/analytics/portfolio `PortfolioRisk`). */
const PortfolioRiskSchema = z.object({
  projectId: z.string(),
  projectCode: z.string(),
  riskId: z.string(),
  title: z.string(),
  score: z.number(),
  emv: figure,
  ratings: RiskRatingsSchema,
});

/** One project's row of the PMO dashboard (shared/analytics/portfolio `DashboardProject`). */
export const DashboardProjectSchema = ProjectRollUpSchema.extend({
  managerId: z.string().optional(),
  sponsorName: z.string().optional(),
  phase: z.object({ id: z.string(), name: z.string() }).optional(),
  strategicPriority: z.number().optional(),
  expectedBenefit: z.number().optional(),
  reportedDimensions: z.partialRecord(RagDimensionSchema, RagSchema),
  ragMoves: z.partialRecord(z.union([RagDimensionSchema, z.literal('overall')]), RagMoveSchema),
  isWatermelon: z.boolean(),
  milestoneTrends: z.array(
    z.object({
      milestoneId: z.string(),
      direction: z.enum(['slipping', 'stable', 'pulling_in', 'insufficient_data']),
      isRising: z.boolean(),
      driftDays: figure,
      lastMoveDays: figure,
      slipCount: z.number(),
    }),
  ),
  rankedThreats: z.array(PortfolioRiskSchema),
});

const PortfolioTotalsSchema = z.object({
  projects: z.number(),
  bySuggestedRag: z.object({ green: z.number(), amber: z.number(), red: z.number(), unknown: z.number() }),
  riskExposure: z.number(),
  bac: z.number(),
  findings: SeverityCountsSchema,
});

/**
 * `GET /v1/workspaces/:ws/reports/portfolio` (shared/analytics/portfolio `buildPortfolioDashboard`):
 * the roll-up plus what the PMO dashboard shows — heat map, top risks, capacity, findings league
 * and pending gate reviews.
 */
export const PortfolioResponseSchema = z.object({
  asOf: z.string(),
  currency: z.string(),
  projects: z.array(DashboardProjectSchema),
  totals: PortfolioTotalsSchema,
  heatMap: z.object({
    size: z.number(),
    counts: z.array(z.array(z.number())),
    cells: z.array(z.array(z.array(z.object({ projectId: z.string(), riskId: z.string() })))),
    total: z.number(),
  }),
  topRisks: z.array(PortfolioRiskSchema),
  capacity: z.object({
    weekStarts: z.array(z.string()),
    rows: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        weeks: z.array(
          z.object({
            weekStart: z.string(),
            allocatedHours: z.number(),
            capacityHours: z.number(),
            isOverAllocated: z.boolean(),
            projectIds: z.array(z.string()),
          }),
        ),
      }),
    ),
    overAllocatedCount: z.number(),
  }),
  findingLeague: z.object({
    byProject: z.array(
      z.object({ projectId: z.string(), code: z.string(), counts: SeverityCountsSchema, total: z.number() }),
    ),
    byRule: z.array(
      z.object({
        ruleId: z.string(),
        counts: SeverityCountsSchema,
        total: z.number(),
        projectIds: z.array(z.string()),
      }),
    ),
  }),
  pendingGates: z.array(
    z.object({
      reviewId: z.string(),
      projectId: z.string(),
      projectCode: z.string(),
      projectName: z.string(),
      fromPhaseName: z.string().optional(),
      toPhaseName: z.string(),
      requestedBy: z.string(),
      requestedAt: z.string(),
      unmetMustMeet: z.number(),
      weightedScore: figure,
      passScore: figure,
    }),
  ),
});
export type PortfolioResponse = z.infer<typeof PortfolioResponseSchema>;

/** `?format=csv` gives one row per project for BI tools; JSON otherwise. */
export const PortfolioQuerySchema = z.object({
  format: z.enum(['json', 'csv']).default('json').describe('`csv` for one row per project (text/csv).'),
});
