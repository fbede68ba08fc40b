import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, longText, RagSchema, RecordMetaSchema } from './common';

export const RagDimensionSchema = z.enum(['schedule', 'cost', 'scope', 'resources', 'quality', 'risk']);
export type RagDimension = z.infer<typeof RagDimensionSchema>;
export const ragDimensions = RagDimensionSchema.options;

/** One dimension's light: the suggestion computed from data, the PM's choice, and why they differ. */
export const DimensionStatusSchema = z.object({
  suggested: RagSchema.optional(),
  suggestedReason: longText(500).optional(),
  chosen: RagSchema,
  reason: longText(2000).optional(),
});
export type DimensionStatus = z.infer<typeof DimensionStatusSchema>;

/** docs/domain.md "Status report" (PRINCE2 highlight report); immutable once submitted. */
export const StatusReportFieldsSchema = z.object({
  projectId: IdSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  overall: DimensionStatusSchema,
  dimensions: z.partialRecord(RagDimensionSchema, DimensionStatusSchema).default({}),
  summary: longText().optional(),
  achievements: longText().optional(),
  nextPeriod: longText().optional(),
  escalations: longText().optional(),
  keyRiskIds: z.array(IdSchema).max(50).default([]),
  keyIssueIds: z.array(IdSchema).max(50).default([]),
  /** Milestone forecasts as they stood at submission: the milestone trend analysis reads these. */
  milestoneForecasts: z
    .array(z.object({ milestoneId: IdSchema, forecastDate: IsoDateSchema }))
    .max(1000)
    .default([]),
  state: z.enum(['draft', 'submitted']).default('draft'),
  submittedAt: IsoDateTimeSchema.optional(),
  submittedBy: z.string().max(100).optional(),
});
export type StatusReportFields = z.infer<typeof StatusReportFieldsSchema>;
export const StatusReportSchema = RecordMetaSchema.extend(StatusReportFieldsSchema.shape);
export type StatusReport = z.infer<typeof StatusReportSchema>;
