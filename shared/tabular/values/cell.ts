import type { ConversionRule, ProblemCode } from '../types';

/** A cell read into a value; `rule` is set when the text had to be converted (the preview shows it). */
export type CellOutcome<T = unknown> =
  | { ok: true; value: T; rule?: ConversionRule; shown?: string }
  | { ok: false; code: ProblemCode; reason: string };

/** A value read as written, with no conversion to show. */
export const asIs = <T>(value: T): CellOutcome<T> => ({ ok: true, value });

/** A value that differs from its text: the preview shows `raw → shown (rule)`. */
export const converted = <T>(value: T, rule: ConversionRule, shown = String(value)): CellOutcome<T> => ({
  ok: true,
  value,
  rule,
  shown,
});

/** A cell that cannot become a value: the row is not imported. */
export const refused = (code: ProblemCode, reason: string): CellOutcome<never> => ({ ok: false, code, reason });
