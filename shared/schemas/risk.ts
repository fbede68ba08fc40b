import { z } from 'zod';
import { IdSchema, IsoDateSchema, RecordMetaSchema, titleText } from './common';

/** Probability and impact on the default 5×5 matrix. */
export const RiskRatingSchema = z
  .number({ error: 'must be a number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be from 1 to 5')
  .max(5, 'must be from 1 to 5');

export const RiskStatusSchema = z.enum(['open', 'mitigating', 'closed', 'occurred']);

/** Where a risk was captured: kept as plain text, never rendered as HTML. */
export const RiskSourceSchema = z.object({
  url: z.string().max(2048).optional(),
  pageTitle: z.string().max(500).optional(),
  quote: z.string().max(5000).optional(),
  jiraKey: z.string().max(50).optional(),
});

export const RiskFieldsSchema = z.object({
  projectId: IdSchema,
  title: titleText(300),
  probability: RiskRatingSchema,
  impact: RiskRatingSchema,
  status: RiskStatusSchema.default('open'),
  description: z.string().max(5000).optional(),
  ownerName: z.string().max(200).optional(),
  reviewDate: IsoDateSchema.optional(),
  source: RiskSourceSchema.optional(),
});
export type RiskFields = z.infer<typeof RiskFieldsSchema>;

export const RiskSchema = RecordMetaSchema.extend(RiskFieldsSchema.shape);
export type Risk = z.infer<typeof RiskSchema>;
