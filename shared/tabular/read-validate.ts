import type { z } from 'zod';
import type { ReadEnv, RowDraft } from './read-cells';
import type { ProblemCode } from './types';

/** A UUID that stands in for a placeholder (`row:<line>`) while zod checks a row. */
export const placeholderId = '00000000-0000-4000-8000-000000000000';

const rangeCodes = new Set(['too_small', 'too_big']);

/**
 * Validates a row's fields with the entity's *FieldsSchema (defaults applied). Each zod issue becomes
 * a problem on the column the field came from (`sourceOf` maps schema fields to import keys when
 * they differ, e.g. a milestone's forecastDate comes from End); fields that already have a cell
 * problem are not reported twice.
 */
export function validateDraft<T extends Record<string, unknown>>(
  schema: z.ZodType<T>,
  fields: Record<string, unknown>,
  draft: RowDraft,
  env: ReadEnv,
  sourceOf: Readonly<Record<string, string>> = {},
): T | undefined {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const reported = new Set(draft.problems.map((problem) => problem.field));
  for (const issue of parsed.error.issues) {
    const schemaField = String(issue.path[0] ?? '');
    const key = sourceOf[schemaField] ?? schemaField;
    if (reported.has(key)) continue;
    reported.add(key);
    const mapped = env.columnOf.get(key);
    const label = mapped?.header ?? key;
    const isMissing = fields[schemaField] === undefined;
    const code: ProblemCode = isMissing ? 'required' : rangeCodes.has(issue.code) ? 'out_of_range' : 'invalid';
    const where = issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
    draft.problems.push({
      line: draft.line,
      column: mapped?.column ?? null,
      columnName: mapped?.header ?? null,
      field: key,
      code,
      reason: isMissing
        ? mapped
          ? `${label} is required`
          : `${label} is required: map a column to it`
        : `${label}${where}: ${issue.message}`,
    });
  }
  return undefined;
}
