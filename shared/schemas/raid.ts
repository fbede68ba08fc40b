import { z } from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  ItemLinkSchema,
  longText,
  PersonRefSchema,
  RecordMetaSchema,
  SourceRefSchema,
  titleText,
} from './common';
import { SourceSchema } from './risk';

export const PrioritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export const EscalationLevelSchema = z.enum(['project', 'programme', 'portfolio', 'board']);

/** docs/domain.md "Issue": a problem, change request or off-specification; may come from an occurred risk. */
export const IssueFieldsSchema = z.object({
  projectId: IdSchema,
  title: titleText(300),
  ref: SourceRefSchema.optional(),
  type: z.enum(['problem', 'change_request', 'off_specification']).default('problem'),
  description: longText().optional(),
  priority: PrioritySchema.default('medium'),
  severity: z.number().int().min(1).max(5).default(3),
  owner: PersonRefSchema.optional(),
  raisedOn: IsoDateSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  status: z.enum(['open', 'in_progress', 'resolved', 'closed']).default('open'),
  resolution: longText().optional(),
  escalationLevel: EscalationLevelSchema.default('project'),
  /** The risk this issue came from when it occurred. */
  riskId: IdSchema.optional(),
  source: SourceSchema.optional(),
});
export type IssueFields = z.infer<typeof IssueFieldsSchema>;
export const IssueSchema = RecordMetaSchema.extend(IssueFieldsSchema.shape);
export type Issue = z.infer<typeof IssueSchema>;

/** docs/domain.md "Decision". */
export const DecisionFieldsSchema = z.object({
  projectId: IdSchema,
  statement: titleText(1000),
  ref: SourceRefSchema.optional(),
  decidedOn: IsoDateSchema,
  decidedBy: titleText(200),
  rationale: longText().optional(),
  links: z.array(ItemLinkSchema).max(50).default([]),
  source: SourceSchema.optional(),
});
export type DecisionFields = z.infer<typeof DecisionFieldsSchema>;
export const DecisionSchema = RecordMetaSchema.extend(DecisionFieldsSchema.shape);
export type Decision = z.infer<typeof DecisionSchema>;

/** docs/domain.md "Action": linked to a risk, issue, decision or gate. */
export const ActionFieldsSchema = z.object({
  projectId: IdSchema,
  title: titleText(300),
  ref: SourceRefSchema.optional(),
  owner: PersonRefSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  done: z.boolean().default(false),
  link: ItemLinkSchema.optional(),
  source: SourceSchema.optional(),
});
export type ActionFields = z.infer<typeof ActionFieldsSchema>;
export const ActionSchema = RecordMetaSchema.extend(ActionFieldsSchema.shape);
export type Action = z.infer<typeof ActionSchema>;
