import { z } from 'zod';
import { IdSchema, ItemLinkSchema, longText, RecordMetaSchema, titleText, toSingleLine } from './common';

/** What a lesson is about, so the PMO can filter the register (docs/domain.md "Lessons learned"). */
export const LessonCategorySchema = z.enum([
  'schedule',
  'cost',
  'scope',
  'quality',
  'risk',
  'resources',
  'stakeholders',
  'method',
  'other',
]);
export type LessonCategory = z.infer<typeof LessonCategorySchema>;
export const lessonCategories = LessonCategorySchema.options;

/** The most tags a lesson carries, and the longest tag. */
export const lessonTagsMax = 20;
export const lessonTagMax = 30;

/**
 * A tag as stored: one short lowercase word, inner spaces turned into hyphens ("Supplier Delay" →
 * "supplier-delay"), so the same tag typed twice in two cases filters as one. Pure, for the UI to preview.
 */
export function normalizeLessonTag(text: string): string {
  return toSingleLine(text).trim().toLowerCase().replace(/\s+/g, '-');
}

/** One lowercase word: letters (any script) and digits, joined by single hyphens. */
export const LessonTagSchema = z
  .string()
  .overwrite(normalizeLessonTag)
  .min(1, 'must not be empty')
  .max(lessonTagMax, `must be at most ${lessonTagMax} characters`)
  .regex(/^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'must be one word of letters, digits and hyphens');

const hasText = (text: string) => text.trim() !== '';
const uniqueValues = (values: readonly string[]) => new Set(values).size === values.length;

/**
 * docs/domain.md "Lessons learned": what a project (or the whole workspace) learned, told as a
 * title, what happened and what to do next time, tagged and categorised so the next PM finds it —
 * and so a new risk whose words resemble it brings it back (shared/analytics/lessons).
 */
export const LessonFieldsSchema = z.object({
  /** Absent for a workspace-wide lesson. */
  projectId: IdSchema.optional(),
  title: titleText(200),
  whatHappened: longText(4000).refine(hasText, 'must not be empty'),
  cause: longText(2000).optional(),
  recommendation: longText(4000).optional(),
  category: LessonCategorySchema.optional(),
  tags: z
    .array(LessonTagSchema)
    .max(lessonTagsMax, `must have at most ${lessonTagsMax} tags`)
    .refine(uniqueValues, 'tags must be unique')
    .default([]),
  /** The record the lesson is about, e.g. the risk that occurred. */
  link: ItemLinkSchema.optional(),
});
export type LessonFields = z.infer<typeof LessonFieldsSchema>;
export const LessonSchema = RecordMetaSchema.extend(LessonFieldsSchema.shape);
export type Lesson = z.infer<typeof LessonSchema>;
