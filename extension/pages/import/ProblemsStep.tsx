import { i18n } from '#i18n';
import type { ParsedTable, ReadResult } from '../../../shared/tabular/index';
import { describeProblem } from './describe-problem';
import { downloadTextFile } from './download-file';
import { buildInvalidRowsTable, invalidRowsFileName, toInvalidRowsCsv } from './invalid-rows';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';
import type { LoadedSource } from './wizard-state';

/** At most this many problems are listed; the download holds them all. */
export const problemListLimit = 200;

interface ProblemsStepProps {
  source: LoadedSource;
  headerRow: number;
  result: ReadResult;
  onBack(): void;
  onNext(): void;
}

/** The invalid lines as a CSV to fix: the original cells plus a Problem column. */
export function invalidRowsCsv(table: ParsedTable, headerRow: number, result: ReadResult): string {
  const rows = buildInvalidRowsTable(
    table,
    headerRow,
    result.problems,
    i18n.t('import.problems.problemColumn'),
    describeProblem,
  );
  return toInvalidRowsCsv(rows, table.delimiter);
}

/** Saves the invalid lines of a source as a CSV to fix and drop again. */
export function downloadInvalidRows(source: LoadedSource, headerRow: number, result: ReadResult): void {
  downloadTextFile(invalidRowsFileName(source.label), invalidRowsCsv(source.table, headerRow, result));
}

/** Step 5: every line that cannot be imported, with line, column and reason, and all of them to download. */
export function ProblemsStep({ source, headerRow, result, onBack, onNext }: ProblemsStepProps) {
  const { problems, invalidLines } = result;
  const shown = problems.slice(0, problemListLimit);
  return (
    <section class="import-step" aria-labelledby="import-problems-title">
      <StepHeading id="import-problems-title">{i18n.t('import.problems.title')}</StepHeading>
      {problems.length === 0 ? (
        <p class="form-success" data-testid="import-problems-none">
          {i18n.t('import.problems.none')}
        </p>
      ) : (
        <>
          <p class="import-warning" data-testid="import-problems-count">
            {i18n.t('import.problems.intro', invalidLines.length)}
          </p>
          <ul class="import-problems">
            {shown.map((problem, index) => (
              <li key={index} data-testid="import-problem" data-line={problem.line} data-code={problem.code}>
                {describeProblem(problem)}
              </li>
            ))}
          </ul>
          {problems.length > shown.length ? (
            <p class="muted" data-testid="import-problems-more">
              {i18n.t('import.problems.more', problems.length - shown.length)}
            </p>
          ) : null}
          <div class="form-actions">
            <button
              type="button"
              class="button"
              data-testid="import-download-invalid"
              onClick={() => downloadInvalidRows(source, headerRow, result)}
            >
              {i18n.t('import.problems.download')}
            </button>
          </div>
        </>
      )}
      <StepActions onBack={onBack} onNext={onNext} />
    </section>
  );
}
