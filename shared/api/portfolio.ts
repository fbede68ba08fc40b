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

/** `GET /v1/workspaces/:ws/reports/portfolio` (shared/analytics/portfolio `PortfolioRollUp`). */
export const PortfolioResponseSchema = z.object({
  asOf: z.string(),
  currency: z.string(),
  projects: z.array(ProjectRollUpSchema),
  totals: z.object({
    projects: z.number(),
    bySuggestedRag: z.object({ green: z.number(), amber: z.number(), red: z.number(), unknown: z.number() }),
    riskExposure: z.number(),
    bac: z.number(),
    findings: SeverityCountsSchema,
  }),
});
export type PortfolioResponse = z.infer<typeof PortfolioResponseSchema>;

/** `?format=csv` gives one row per project for BI tools; JSON otherwise. */
export const PortfolioQuerySchema = z.object({
  format: z.enum(['json', 'csv']).default('json').describe('`csv` for one row per project (text/csv).'),
});
