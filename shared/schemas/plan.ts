import { z } from 'zod';
import {
  ExternalKeySchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  longText,
  MoneySchema,
  PersonRefSchema,
  RecordMetaSchema,
  SourceRefSchema,
  titleText,
} from './common';

/** Finish-to-start link with a lag in working days (negative = lead). */
export const DependencySchema = z.object({
  predecessorId: IdSchema,
  lagDays: z.number().int().min(-365).max(365).default(0),
});
export type Dependency = z.infer<typeof DependencySchema>;

/** One move of a milestone's forecast or baseline: the trail behind milestone trend analysis. */
export const MilestoneDateChangeSchema = z.object({
  kind: z.enum(['forecast', 'baseline']),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema,
  reason: longText(2000).optional(),
  at: IsoDateTimeSchema,
  by: z.string().max(100),
});
export type MilestoneDateChange = z.infer<typeof MilestoneDateChangeSchema>;

/** docs/domain.md "Milestone": slip = forecast − baseline in working days. */
export const MilestoneFieldsSchema = z.object({
  projectId: IdSchema,
  title: titleText(300),
  ref: SourceRefSchema.optional(),
  owner: PersonRefSchema.optional(),
  baselineDate: IsoDateSchema.optional(),
  forecastDate: IsoDateSchema,
  actualDate: IsoDateSchema.optional(),
  acceptanceCriteria: longText().optional(),
  /** The methodology phase whose gate this milestone stands for. */
  gatePhaseId: IdSchema.optional(),
  mandatory: z.boolean().default(false),
  predecessors: z.array(DependencySchema).max(100).default([]),
  jiraKey: ExternalKeySchema.optional(),
  /** Forecast and baseline moves, oldest first; written by the mutators, never patched directly. */
  dateChanges: z.array(MilestoneDateChangeSchema).max(200).optional(),
});
export type MilestoneFields = z.infer<typeof MilestoneFieldsSchema>;
export const MilestoneSchema = RecordMetaSchema.extend(MilestoneFieldsSchema.shape);
export type Milestone = z.infer<typeof MilestoneSchema>;

/** docs/domain.md "Plan item (task / deliverable)". Durations are in working days. */
export const PlanItemFieldsSchema = z.object({
  projectId: IdSchema,
  kind: z.enum(['task', 'deliverable']).default('task'),
  title: titleText(300),
  ref: SourceRefSchema.optional(),
  owner: PersonRefSchema.optional(),
  start: IsoDateSchema.optional(),
  durationDays: z.number().int().min(0).max(10_000).default(1),
  end: IsoDateSchema.optional(),
  effortHours: z.number().min(0).max(1_000_000).optional(),
  percentComplete: z.number().min(0).max(100).default(0),
  predecessors: z.array(DependencySchema).max(100).default([]),
  plannedValue: MoneySchema.optional(),
  actualCost: MoneySchema.optional(),
  /** The milestone this item rolls up to. */
  milestoneId: IdSchema.optional(),
  jiraKey: ExternalKeySchema.optional(),
});
export type PlanItemFields = z.infer<typeof PlanItemFieldsSchema>;
export const PlanItemSchema = RecordMetaSchema.extend(PlanItemFieldsSchema.shape);
export type PlanItem = z.infer<typeof PlanItemSchema>;

/** docs/domain.md "Baseline": a named, dated snapshot of the plan's dates and costs. */
export const BaselineFieldsSchema = z.object({
  projectId: IdSchema,
  name: titleText(200),
  takenOn: IsoDateSchema,
  bac: MoneySchema.optional(),
  items: z
    .array(
      z.object({
        planItemId: IdSchema,
        start: IsoDateSchema.optional(),
        end: IsoDateSchema.optional(),
        plannedValue: MoneySchema.optional(),
      }),
    )
    .max(20_000)
    .default([]),
  milestones: z
    .array(z.object({ milestoneId: IdSchema, date: IsoDateSchema }))
    .max(5_000)
    .default([]),
});
export type BaselineFields = z.infer<typeof BaselineFieldsSchema>;
export const BaselineSchema = RecordMetaSchema.extend(BaselineFieldsSchema.shape);
export type Baseline = z.infer<typeof BaselineSchema>;
