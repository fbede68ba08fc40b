import { z } from 'zod';
import {
  ExternalKeySchema,
  IdSchema,
  IsoDateSchema,
  lineText,
  longText,
  MoneySchema,
  PersonRefSchema,
  RecordMetaSchema,
  titleText,
} from './common';

export const ProjectStateSchema = z.enum(['proposed', 'active', 'on_hold', 'closed', 'cancelled']);

/** The fields a person edits on a project (docs/domain.md "Project"). */
export const ProjectFieldsSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(20, 'must be at most 20 characters')
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, "-" or "_"'),
  name: titleText(200),
  state: ProjectStateSchema.default('active'),
  description: longText().optional(),
  sponsor: PersonRefSchema.optional(),
  /** The member who manages the project; a PM may write only the projects they manage. */
  managerId: z.string().max(100).optional(),
  managerName: lineText(200).optional(),
  templateId: IdSchema.optional(),
  currentPhaseId: IdSchema.optional(),
  start: IsoDateSchema.optional(),
  targetEnd: IsoDateSchema.optional(),
  /** Budget at completion. */
  bac: MoneySchema.optional(),
  /** Actual cost to date, as reported by finance or the PM. */
  actualCost: MoneySchema.optional(),
  strategicPriority: z.number().int().min(1).max(5).optional(),
  /** The benefit the business case expects, in the workspace currency (docs/domain.md "Prioritisation"). */
  expectedBenefit: MoneySchema.optional(),
  jiraProjectKeys: z.array(ExternalKeySchema).max(20).optional(),
  sheetUrls: z.array(lineText(2048)).max(20).optional(),
});
export type ProjectFields = z.infer<typeof ProjectFieldsSchema>;

export const ProjectSchema = RecordMetaSchema.extend(ProjectFieldsSchema.shape);
export type Project = z.infer<typeof ProjectSchema>;
