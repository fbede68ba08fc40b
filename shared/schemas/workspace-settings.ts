import { z } from 'zod';
import { IsoDateSchema, RecordMetaSchema, titleText } from './common';

const RatingLabelsSchema = z.array(titleText(40)).min(3).max(10);

export const HealthRuleOverrideSchema = z.object({
  enabled: z.boolean().optional(),
  severity: z.enum(['info', 'warning', 'critical']).optional(),
  /** Rule-specific numbers, e.g. `{ days: 10 }` for a staleness rule. */
  params: z.record(z.string(), z.number().finite()).optional(),
});

/** A criterion's weight in the portfolio prioritisation, 0 (ignored) to 5 (docs/domain.md "Prioritisation"). */
const PriorityWeightSchema = z.number().int().min(0).max(5);

/** The PMO's weights for ranking projects; each criterion defaults as docs/domain.md "Prioritisation" says. */
export const PriorityWeightsSchema = z.object({
  strategicPriority: PriorityWeightSchema.default(5),
  expectedBenefit: PriorityWeightSchema.default(3),
  riskExposure: PriorityWeightSchema.default(3),
  scheduleHealth: PriorityWeightSchema.default(2),
  costHealth: PriorityWeightSchema.default(2),
});

/**
 * Workspace-wide settings (docs/domain.md "Workspace settings"): the risk matrix, appetite, RAG
 * thresholds, calendar, currency and language. One record per workspace.
 */
export const WorkspaceSettingsFieldsSchema = z.object({
  riskMatrix: z
    .object({
      size: z.number().int().min(3).max(10),
      probabilityLabels: RatingLabelsSchema,
      impactLabels: RatingLabelsSchema,
    })
    .refine((matrix) => matrix.probabilityLabels.length === matrix.size && matrix.impactLabels.length === matrix.size, {
      message: 'the matrix needs one label per rating',
    })
    .default({
      size: 5,
      probabilityLabels: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
      impactLabels: ['Minimal', 'Minor', 'Moderate', 'Major', 'Severe'],
    }),
  /** Score (P × I) above which a threat must be escalated. */
  riskAppetite: z.number().int().min(1).max(100).default(12),
  ragThresholds: z
    .object({
      greenIndex: z.number().min(0).max(2),
      amberIndex: z.number().min(0).max(2),
      greenSlipDays: z.number().int().min(0),
      amberSlipDays: z.number().int().min(0),
      redOverrunPercent: z.number().min(0).max(1000),
      /** Overdue milestones from which the schedule is at least amber; defaulted so older records still read. */
      amberOverdueMilestones: z.number().int().min(1).max(50).default(1),
    })
    // Amber sits between green and red: a lower green bound than amber would make amber unreachable.
    .refine((rag) => rag.amberIndex <= rag.greenIndex, {
      message: 'the amber index must not be above the green index',
      path: ['amberIndex'],
    })
    .refine((rag) => rag.greenSlipDays <= rag.amberSlipDays, {
      message: 'the amber slip must not be below the green slip',
      path: ['amberSlipDays'],
    })
    .default({
      greenIndex: 0.95,
      amberIndex: 0.85,
      greenSlipDays: 5,
      amberSlipDays: 15,
      redOverrunPercent: 10,
      amberOverdueMilestones: 1,
    }),
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workingDays: z.array(z.number().int().min(1).max(7)).min(1).max(7).default([1, 2, 3, 4, 5]),
  holidays: z.array(IsoDateSchema).max(1000).default([]),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'use an ISO 4217 code such as EUR')
    .default('EUR'),
  language: z.enum(['en', 'fr']).default('en'),
  /** Days between status reports; a report older than this is stale. */
  reportingCycleDays: z.number().int().min(1).max(92).default(14),
  healthRules: z.record(z.string(), HealthRuleOverrideSchema).default({}),
  /** Days each record's change history is kept (docs/sync.md "Record history"); older entries are pruned. */
  historyRetentionDays: z.number().int().min(1).max(3650).default(365),
  /** The PMO's prioritisation weights; absent until an owner or PMO saves them (the defaults apply). */
  priorityWeights: PriorityWeightsSchema.optional(),
});
export type WorkspaceSettingsFields = z.infer<typeof WorkspaceSettingsFieldsSchema>;

export const WorkspaceSettingsSchema = RecordMetaSchema.extend(WorkspaceSettingsFieldsSchema.shape);
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

/** Settings a new workspace starts with. */
export const defaultWorkspaceSettings: WorkspaceSettingsFields = WorkspaceSettingsFieldsSchema.parse({});
