import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, lineText, longText, RecordMetaSchema } from './common';

export const GateDecisionSchema = z.enum(['go', 'kill', 'hold', 'recycle']);
export type GateDecision = z.infer<typeof GateDecisionSchema>;

/** docs/domain.md "Gate review": answers to the gate's criteria, then a decision with conditions. */
export const GateReviewFieldsSchema = z.object({
  projectId: IdSchema,
  fromPhaseId: IdSchema.optional(),
  toPhaseId: IdSchema,
  mustMeet: z
    .array(
      z.object({
        criterionId: IdSchema,
        /** The criterion's wording, copied from the template so a refusal can name it. */
        text: lineText(500).optional(),
        met: z.boolean(),
        evidence: longText(1000).optional(),
      }),
    )
    .max(50)
    .default([]),
  shouldMeet: z
    .array(z.object({ criterionId: IdSchema, score: z.number().int().min(0).max(5) }))
    .max(50)
    .default([]),
  evidenceLinks: z.array(lineText(2048)).max(50).default([]),
  requestedBy: z.string().max(100),
  requestedAt: IsoDateTimeSchema,
  status: z.enum(['requested', 'decided']).default('requested'),
  decision: GateDecisionSchema.optional(),
  conditions: longText(2000).optional(),
  /** Why the PMO decided so; required for kill, hold and recycle (docs/domain.md "Gate decision"). */
  reason: longText(2000).optional(),
  decidedBy: z.string().max(100).optional(),
  decidedAt: IsoDateTimeSchema.optional(),
});
export type GateReviewFields = z.infer<typeof GateReviewFieldsSchema>;
export const GateReviewSchema = RecordMetaSchema.extend(GateReviewFieldsSchema.shape);
export type GateReview = z.infer<typeof GateReviewSchema>;
