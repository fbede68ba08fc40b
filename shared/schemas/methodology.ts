import { z } from 'zod';
import { IdSchema, longText, RecordMetaSchema, titleText } from './common';

export const GateCriterionSchema = z.object({ id: IdSchema, text: titleText(500) });

/** The weight a should-meet criterion may carry: 1 (nice to have) to 5 (nearly a must). */
export const criterionWeightRange = { min: 1, max: 5 } as const;

export const WeightedCriterionSchema = GateCriterionSchema.extend({
  weight: z.number().int().min(criterionWeightRange.min).max(criterionWeightRange.max).default(1),
});

/** A phase gate: must-meet knock-outs (yes/no) and should-meet criteria scored 0–5 with weights. */
export const GateSchema = z.object({
  name: titleText(200),
  mustMeet: z.array(GateCriterionSchema).max(50).default([]),
  shouldMeet: z.array(WeightedCriterionSchema).max(50).default([]),
  /** Weighted should-meet score (0–5) a "go" is expected to reach. */
  passScore: z.number().min(0).max(5).default(3),
});
export type Gate = z.infer<typeof GateSchema>;

export const PhaseSchema = z.object({
  id: IdSchema,
  name: titleText(200),
  requiredArtifacts: z.array(titleText(200)).max(50).default([]),
  gate: GateSchema.optional(),
});
export type Phase = z.infer<typeof PhaseSchema>;

/** A methodology defined by the PMO (docs/domain.md "Methodology template"); versioned on each change. */
export const TemplateFieldsSchema = z.object({
  name: titleText(200),
  kind: z.enum(['stage_gate', 'agile', 'hybrid']),
  description: longText().optional(),
  templateVersion: z.number().int().min(1).default(1),
  phases: z
    .array(PhaseSchema)
    .min(1, 'a methodology needs at least one phase')
    .max(30)
    .refine((phases) => new Set(phases.map((phase) => phase.id)).size === phases.length, 'phase ids must be unique'),
});
export type TemplateFields = z.infer<typeof TemplateFieldsSchema>;

export const TemplateSchema = RecordMetaSchema.extend(TemplateFieldsSchema.shape);
export type Template = z.infer<typeof TemplateSchema>;
