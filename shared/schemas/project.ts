import { z } from 'zod';
import { IsoDateSchema, RecordMetaSchema, titleText } from './common';

export const ProjectStateSchema = z.enum(['proposed', 'active', 'on_hold', 'closed', 'cancelled']);

/** The fields a person edits on a project (DOMAIN.md "Project"); more arrive with the domain core. */
export const ProjectFieldsSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(20, 'must be at most 20 characters')
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, "-" or "_"'),
  name: titleText(200),
  state: ProjectStateSchema.default('active'),
  sponsor: z.string().max(200).optional(),
  managerId: z.string().max(100).optional(),
  start: IsoDateSchema.optional(),
  targetEnd: IsoDateSchema.optional(),
  jiraProjectKeys: z.array(z.string().max(20)).max(20).optional(),
});
export type ProjectFields = z.infer<typeof ProjectFieldsSchema>;

export const ProjectSchema = RecordMetaSchema.extend(ProjectFieldsSchema.shape);
export type Project = z.infer<typeof ProjectSchema>;
