/** A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR), behind any number of apostrophes. */
const formulaLike = /^'*[=+\-@\t\r]/;
/** An escaped cell: at least one apostrophe before the formula character. */
const escapedFormula = /^'+[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in Sheets or Excel (OWASP "CSV injection"): a cell that starts like a
 * formula, even behind apostrophes, gets one more leading `'`. Escaping cells that already start
 * with `'` keeps the mapping reversible: `unescapeFormulaCell(escapeFormulaCell(x)) === x` for every x.
 */
export function escapeFormulaCell(cell: string): string {
  return formulaLike.test(cell) ? `'${cell}` : cell;
}

/** Undoes escapeFormulaCell: removes exactly one leading `'` from a cell that starts `'…=`, `'…+`, `'…-`, `'…@`, `'…⇥`. */
export function unescapeFormulaCell(cell: string): string {
  return escapedFormula.test(cell) ? cell.slice(1) : cell;
}
