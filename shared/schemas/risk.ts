import { z } from 'zod';
import {
  ExternalKeySchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  lineText,
  longText,
  MoneySchema,
  PersonRefSchema,
  RecordMetaSchema,
  SourceRefSchema,
  titleText,
} from './common';

/** Probability and impact on the matrix; 1–5 on the default 5×5, up to 10 on larger matrices. */
export const RiskRatingSchema = z
  .number({ error: 'must be a number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be from 1 to 5')
  .max(5, 'must be from 1 to 5');

export const RiskStatusSchema = z.enum(['open', 'mitigating', 'closed', 'occurred']);
export const RiskProximitySchema = z.enum(['imminent', 'this_phase', 'this_project', 'beyond']);
export const ThreatResponseSchema = z.enum(['avoid', 'mitigate', 'transfer', 'accept', 'escalate']);
export const OpportunityResponseSchema = z.enum(['exploit', 'enhance', 'share', 'accept', 'escalate']);

/** Where a risk was captured: kept as plain text, never rendered as HTML. */
export const SourceSchema = z.object({
  url: lineText(2048).optional(),
  pageTitle: lineText(500).optional(),
  quote: longText(5000).optional(),
  jiraKey: ExternalKeySchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** docs/domain.md "Risk" (PRINCE2 risk register fields). */
export const RiskFieldsSchema = z.object({
  projectId: IdSchema,
  title: titleText(300),
  ref: SourceRefSchema.optional(),
  kind: z.enum(['threat', 'opportunity']).default('threat'),
  cause: longText(2000).optional(),
  event: longText(2000).optional(),
  effect: longText(2000).optional(),
  description: longText().optional(),
  category: lineText(100).optional(),
  owner: PersonRefSchema.optional(),
  actionee: PersonRefSchema.optional(),
  raisedOn: IsoDateSchema.optional(),
  raisedBy: lineText(200).optional(),
  source: SourceSchema.optional(),
  /** Inherent (before response) rating. */
  probability: RiskRatingSchema,
  impact: RiskRatingSchema,
  residualProbability: RiskRatingSchema.optional(),
  residualImpact: RiskRatingSchema.optional(),
  /** Cost if the risk occurs; EMV = probability share × cost impact. */
  costImpact: MoneySchema.optional(),
  proximity: RiskProximitySchema.optional(),
  responseStrategy: z.union([ThreatResponseSchema, OpportunityResponseSchema]).optional(),
  responseActions: longText().optional(),
  triggers: longText(2000).optional(),
  contingencyPlan: longText().optional(),
  reviewDate: IsoDateSchema.optional(),
  status: RiskStatusSchema.default('open'),
  /** Why the risk was closed (it passed, the response removed it, it is no longer relevant). */
  closingReason: longText(2000).optional(),
  escalatedAt: IsoDateTimeSchema.optional(),
  escalatedTo: lineText(200).optional(),
  /** Why the risk was escalated, as given to "risk.escalate". */
  escalationReason: longText(2000).optional(),
  /** The issue created when the risk occurred. */
  issueId: IdSchema.optional(),
});
export type RiskFields = z.infer<typeof RiskFieldsSchema>;

/** A response strategy must fit the kind: "mitigate" is for threats, "exploit" for opportunities. */
function hasResponseFittingKind(risk: Pick<RiskFields, 'kind' | 'responseStrategy'>): boolean {
  if (!risk.responseStrategy) return true;
  const strategies = risk.kind === 'opportunity' ? OpportunityResponseSchema : ThreatResponseSchema;
  return strategies.safeParse(risk.responseStrategy).success;
}

/**
 * Whether an edit closes a risk without saying why: a risk that moves to `closed` needs a closing
 * reason, so the register keeps why it stopped being watched. `before` is the stored risk (none when
 * it is being created); a risk already closed may be edited without repeating its reason.
 */
export function isClosingWithoutReason(
  before: Pick<RiskFields, 'status'> | undefined,
  after: Pick<RiskFields, 'status' | 'closingReason'>,
): boolean {
  return after.status === 'closed' && before?.status !== 'closed' && !after.closingReason?.trim();
}

// Cross-field rules sit on the record, not the fields: zod cannot make a refined object partial.
export const RiskSchema = RecordMetaSchema.extend(RiskFieldsSchema.shape).refine(hasResponseFittingKind, {
  path: ['responseStrategy'],
  message: 'this response does not fit the risk kind (threat or opportunity)',
});
export type Risk = z.infer<typeof RiskSchema>;
