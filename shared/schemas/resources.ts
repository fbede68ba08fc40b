import { z } from 'zod';
import { IdSchema, IsoDateSchema, lineText, MoneySchema, RecordMetaSchema, SourceRefSchema, titleText } from './common';

/** docs/domain.md "Person": capacity per week minus calendar exceptions (leave, part-time weeks). */
export const PersonFieldsSchema = z.object({
  name: titleText(200),
  ref: SourceRefSchema.optional(),
  email: lineText(320).optional(),
  role: lineText(100).optional(),
  memberId: z.string().max(100).optional(),
  capacityHoursPerWeek: z.number().min(0).max(168).default(40),
  /** Cost of one hour of this person's time, in the workspace currency: Jira worklogs × rate = actual cost. */
  hourlyRate: MoneySchema.max(100_000).optional(),
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

/** The four RACI roles, in the order a matrix reads them. */
export const raciRoles = ['responsible', 'accountable', 'consulted', 'informed'] as const;
export type RaciRole = (typeof raciRoles)[number];

/**
 * RACI per deliverable or milestone: who is Responsible, Accountable, Consulted, Informed. An entry
 * names exactly one of `planItemId` and `milestoneId`: the raci mutators refuse anything else with
 * a catalog message (shared/mutations/entities/resources.ts), and entries made before milestones
 * could be named keep their `planItemId`.
 */
export const RaciFieldsSchema = z.object({
  projectId: IdSchema,
  planItemId: IdSchema.optional(),
  milestoneId: IdSchema.optional(),
  personId: IdSchema,
  role: z.enum(raciRoles),
});
export type RaciFields = z.infer<typeof RaciFieldsSchema>;
export const RaciSchema = RecordMetaSchema.extend(RaciFieldsSchema.shape);
export type Raci = z.infer<typeof RaciSchema>;
