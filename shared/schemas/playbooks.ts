import { z } from 'zod';
import { IdSchema, longText, RecordMetaSchema, titleText } from './common';

/** The longest playbook page, in characters: a long coaching page, not a manual. */
export const playbookMarkdownMax = 50_000;

/** A health rule's id as shared/health/rules names them (`risk-without-owner`). */
export const HealthRuleIdSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a health rule id');

const uniqueValues = (values: readonly string[]) => new Set(values).size === values.length;

/**
 * docs/domain.md "Playbook": a coaching page the PMO writes in Markdown, linked to the health rules
 * it coaches and the gate criteria it helps meet. The Markdown is stored as written (deceptive
 * characters dropped) and only ever shown through the extension's sanitising renderer.
 */
export const PlaybookFieldsSchema = z.object({
  title: titleText(200),
  markdown: longText(playbookMarkdownMax).default(''),
  ruleIds: z.array(HealthRuleIdSchema).max(50).refine(uniqueValues, 'rule ids must be unique').default([]),
  criterionIds: z.array(IdSchema).max(200).refine(uniqueValues, 'criterion ids must be unique').default([]),
  tags: z.array(titleText(50)).max(30).default([]),
});
export type PlaybookFields = z.infer<typeof PlaybookFieldsSchema>;
export const PlaybookSchema = RecordMetaSchema.extend(PlaybookFieldsSchema.shape);
export type Playbook = z.infer<typeof PlaybookSchema>;
