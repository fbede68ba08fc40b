import { z } from 'zod';
import { IdSchema, IsoDateSchema, lineText, RecordMetaSchema, SourceRefSchema, titleText } from './common';

/** docs/domain.md "Person": capacity per week minus calendar exceptions (leave, part-time weeks). */
export const PersonFieldsSchema = z.object({
  name: titleText(200),
  ref: SourceRefSchema.optional(),
  email: lineText(320).optional(),
  role: lineText(100).optional(),
  memberId: z.string().max(100).optional(),
  capacityHoursPerWeek: z.number().min(0).max(168).default(40),
  exceptions: z
    .array(
      z.object({
        from: IsoDateSchema,
        to: IsoDateSchema,
        /** Hours per week available during the exception (0 = away). */
        hoursPerWeek: z.number().min(0).max(168).default(0),
        reason: lineText(200).optional(),
      }),
    )
    .max(200)
    .default([]),
});
export type PersonFields = z.infer<typeof PersonFieldsSchema>;
export const PersonSchema = RecordMetaSchema.extend(PersonFieldsSchema.shape);
export type Person = z.infer<typeof PersonSchema>;

/** docs/domain.md "Allocation": hours or percent of capacity per week, from → to. */
export const AllocationFieldsSchema = z.object({
  personId: IdSchema,
  projectId: IdSchema,
  from: IsoDateSchema,
  to: IsoDateSchema,
  hoursPerWeek: z.number().min(0).max(168).optional(),
  percent: z.number().min(0).max(500).optional(),
  /** A key person whose over-allocation puts the project at risk (watermelon rule). */
  isKey: z.boolean().default(false),
});
export type AllocationFields = z.infer<typeof AllocationFieldsSchema>;
export const AllocationSchema = RecordMetaSchema.extend(AllocationFieldsSchema.shape)
  .refine((allocation) => allocation.hoursPerWeek !== undefined || allocation.percent !== undefined, {
    path: ['hoursPerWeek'],
    message: 'give hours per week or a percent of capacity',
  })
  .refine((allocation) => allocation.from <= allocation.to, { path: ['to'], message: 'must not be before "from"' });
export type Allocation = z.infer<typeof AllocationSchema>;

/** RACI per deliverable: who is Responsible, Accountable, Consulted, Informed. */
export const RaciFieldsSchema = z.object({
  projectId: IdSchema,
  planItemId: IdSchema,
  personId: IdSchema,
  role: z.enum(['responsible', 'accountable', 'consulted', 'informed']),
});
export type RaciFields = z.infer<typeof RaciFieldsSchema>;
export const RaciSchema = RecordMetaSchema.extend(RaciFieldsSchema.shape);
export type Raci = z.infer<typeof RaciSchema>;
