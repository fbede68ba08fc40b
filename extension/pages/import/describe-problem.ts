import { i18n } from '#i18n';
import type { ProblemCode, RowProblem } from '../../../shared/tabular/index';
import { columnLetter } from './column-letter';

/** Each problem code in words, about the cell's text; shared code only knows English reasons. */
const problemWords: Record<ProblemCode, (problem: RowProblem) => string> = {
  bad_date: ({ raw }) => i18n.t('import.problems.codes.badDate', [shownRaw(raw)]),
  unknown_owner: ({ raw }) => i18n.t('import.problems.codes.unknownOwner', [shownRaw(raw)]),
  out_of_range: ({ raw }) => i18n.t('import.problems.codes.outOfRange', [shownRaw(raw)]),
  required: () => i18n.t('import.problems.codes.required'),
  bad_number: ({ raw }) => i18n.t('import.problems.codes.badNumber', [shownRaw(raw)]),
  unknown_value: ({ raw }) => i18n.t('import.problems.codes.unknownValue', [shownRaw(raw)]),
  unknown_project: ({ raw }) => i18n.t('import.problems.codes.unknownProject', [shownRaw(raw)]),
  duplicate_key: ({ raw }) => i18n.t('import.problems.codes.duplicateKey', [shownRaw(raw)]),
  // A schema rule with no code of its own: its English reason is all there is to show.
  invalid: ({ reason }) => i18n.t('import.problems.codes.invalid', [reason]),
};

function shownRaw(raw: string | undefined): string {
  return raw === undefined || raw.trim() === '' ? i18n.t('import.problems.emptyCell') : raw;
}

/** What is wrong, without where: "31/02/2026 is not a date". */
export function describeProblemReason(problem: RowProblem): string {
  return problemWords[problem.code](problem);
}

/** Where and what: "Line 12, column D (Échéance): 31/02/2026 is not a date". */
export function describeProblem(problem: RowProblem): string {
  const reason = describeProblemReason(problem);
  if (problem.column === null) return i18n.t('import.problems.atLine', [String(problem.line), reason]);
  const column = columnLetter(problem.column);
  return problem.columnName
    ? i18n.t('import.problems.atNamedColumn', [String(problem.line), column, problem.columnName, reason])
    : i18n.t('import.problems.atColumn', [String(problem.line), column, reason]);
}
