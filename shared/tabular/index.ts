export {
  achievedBaselineNotImported,
  isSameFieldValue,
  isUnappliedChange,
  occurredNotImported,
  type UnappliedChange,
} from './compare-fields';
export * from './csv';
export * from './csv-write';
export * from './diff-import';
export * from './export-table';
export * from './fields';
export * from './fingerprint';
export * from './formula-escape';
export * from './headers';
export * from './plan-import-mutations';
export type { ReadRow } from './read-collector';
export * from './read-cost-csv';
export * from './read-date-order';
export * from './read-rows';
export * from './row-placeholders';
export * from './synonyms';
export * from './types';
export * from './values/booleans';
export type { CellOutcome } from './values/cell';
export * from './values/dates';
export * from './values/enums';
export * from './values/numbers';
export * from './values/people';
export * from './values/scales';
