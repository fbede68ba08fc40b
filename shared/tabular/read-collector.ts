import type { ReadEnv, RowDraft } from './read-cells';
import type { ImportEntity, ImportedRow, ReadResult, RowProblem } from './types';

/**
 * An imported row that also says which fields its cells set (the rest are schema defaults), so a
 * re-import compares only those: a sheet without a Status column must not reopen closed risks.
 */
export type ReadRow = ImportedRow & { setFields: readonly string[] };

/** Gathers a table's rows and problems; a line with any problem is invalid as a whole. */
export class ReadCollector {
  readonly rows: ReadRow[] = [];
  readonly problems: RowProblem[] = [];
  private readonly invalid = new Set<number>();
  /** Entity → 'id' / 'ref' → key value → the line that has it. */
  private readonly keyLines = new Map<string, { id: Map<string, number>; ref: Map<string, number> }>();

  /** Records a row's problems; true when it has none. */
  settle(draft: RowDraft): boolean {
    if (draft.problems.length === 0) return true;
    this.problems.push(...draft.problems);
    this.invalid.add(draft.line);
    return false;
  }

  /** Adds problems not tied to a data row (a week header that is not a date). */
  addProblem(problem: RowProblem): void {
    this.problems.push(problem);
  }

  /**
   * Flags an id or ref another row of the same entity already has (a re-import could not tell them
   * apart). Call before accept; adds the problem to the draft.
   */
  checkDuplicateKey(draft: RowDraft, entity: ImportEntity, key: ImportedRow['key'], env: ReadEnv): void {
    const seen = this.keyLines.get(entity);
    if (!seen) return;
    if (key.id) this.flagDuplicate(draft, 'id', key.id, seen.id.get(key.id), env);
    if (key.ref) this.flagDuplicate(draft, 'ref', key.ref, seen.ref.get(key.ref.trim().toLowerCase()), env);
  }

  private flagDuplicate(
    draft: RowDraft,
    field: 'id' | 'ref',
    value: string,
    firstLine: number | undefined,
    env: ReadEnv,
  ) {
    if (firstLine === undefined) return;
    const mapped = env.columnOf.get(field);
    draft.problems.push({
      line: draft.line,
      column: mapped?.column ?? null,
      columnName: mapped?.header ?? null,
      field,
      code: 'duplicate_key',
      reason: `${value} is also on line ${firstLine}`,
    });
  }

  /** Remembers a valid row's keys, so later rows with the same id or ref are flagged. */
  accept(row: ReadRow): void {
    this.rows.push(row);
    if (!row.key.id && !row.key.ref) return;
    let seen = this.keyLines.get(row.entity);
    if (!seen) {
      seen = { id: new Map(), ref: new Map() };
      this.keyLines.set(row.entity, seen);
    }
    if (row.key.id) seen.id.set(row.key.id, row.line);
    if (row.key.ref) seen.ref.set(row.key.ref.trim().toLowerCase(), row.line);
  }

  result(): ReadResult {
    return { rows: this.rows, problems: this.problems, invalidLines: [...this.invalid].sort((a, b) => a - b) };
  }
}
