import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { buildCostImport } from '../../../../shared/mutations/intents/cost-import';
import type { CostKind } from '../../../../shared/schemas/costs';
import { type CostCsvProblem, type CostCsvReading, readCostCsv } from '../../../../shared/tabular/read-cost-csv';
import { FormError } from '../../common/FormError';
import { formatMoney } from '../format';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';

function describeProblem(problem: CostCsvProblem): string {
  const reason = i18n.t(`workspaceCosts.csv.problem.${problem.code}`, [problem.value]);
  return problem.line === 0 ? reason : i18n.t('workspaceCosts.csv.problemLine', [String(problem.line), reason]);
}

/**
 * A CSV of amounts by month (shared readCostCsv: papaparse, every row checked with zod): bad rows are
 * listed with their line and reason and nothing is imported; a clean file is written in one
 * `costEntry.import`, replacing the CSV amounts of its months.
 */
export function CsvImport({ view }: Pick<TabProps, 'view'>) {
  const mutate = useMutate(view.workspaceId);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CostKind>('actual');
  const [reading, setReading] = useState<CostCsvReading>();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  function check(source = text) {
    setDone(undefined);
    setError(undefined);
    setReading(readCostCsv(source));
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    const content = await file.text();
    setText(content);
    check(content);
  }

  async function importRows() {
    if (!reading || reading.problems.length > 0 || reading.rows.length === 0) return;
    setIsBusy(true);
    const args = buildCostImport({
      projectId: view.records.project.id,
      source: 'csv',
      kind,
      periods: reading.periods,
      existing: view.records.costEntries,
      entries: reading.rows.map((row) => ({
        id: crypto.randomUUID(),
        period: row.period,
        amount: row.amount,
        ...(row.note ? { note: row.note } : {}),
      })),
    });
    const outcome = await mutate('costEntry.import', args);
    setIsBusy(false);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    setDone(i18n.t('workspaceCosts.csv.done', reading.rows.length));
    setReading(undefined);
    setText('');
  }

  const total = reading ? reading.rows.reduce((sum, row) => sum + row.amount, 0) : 0;
  return (
    <section class="card costs-import" aria-labelledby="costs-csv-title">
      <h3 id="costs-csv-title" class="card__title">
        {i18n.t('workspaceCosts.csv.title')}
      </h3>
      <p class="field-hint">{i18n.t('workspaceCosts.csv.intro')}</p>
      <div class="field">
        <label for="costs-csv-file">{i18n.t('workspaceCosts.csv.file')}</label>
        <input
          id="costs-csv-file"
          data-testid="costs-csv-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(event) => void readFile(event.currentTarget.files?.[0])}
        />
      </div>
      <div class="field">
        <label for="costs-csv-text">{i18n.t('workspaceCosts.csv.paste')}</label>
        <textarea
          id="costs-csv-text"
          data-testid="costs-csv-text"
          rows={4}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setReading(undefined);
          }}
        />
      </div>
      <div class="field">
        <label for="costs-csv-kind">{i18n.t('workspaceCosts.csv.kind')}</label>
        <select id="costs-csv-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as CostKind)}>
          <option value="actual">{i18n.t('workspaceCosts.kinds.actual')}</option>
          <option value="planned">{i18n.t('workspaceCosts.kinds.planned')}</option>
        </select>
      </div>
      <div class="form-actions">
        <button
          type="button"
          class="button"
          data-testid="costs-csv-check"
          disabled={text.trim() === ''}
          onClick={() => check()}
        >
          {i18n.t('workspaceCosts.csv.read')}
        </button>
        {reading && reading.problems.length === 0 && reading.rows.length > 0 ? (
          <button
            type="button"
            class="button button--primary"
            data-testid="costs-csv-import"
            disabled={isBusy}
            onClick={() => void importRows()}
          >
            {i18n.t('workspaceCosts.csv.import')}
          </button>
        ) : null}
      </div>
      {reading && reading.problems.length > 0 ? (
        <div class="costs-problems" role="alert" data-testid="costs-csv-problems">
          <p class="form-error">{i18n.t('workspaceCosts.csv.problems', reading.problems.length)}</p>
          <ul>
            {reading.problems.map((problem) => (
              <li key={`${problem.line}:${problem.code}`} data-testid="costs-csv-problem">
                {describeProblem(problem)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {reading && reading.problems.length === 0 && reading.rows.length > 0 ? (
        <p class="muted" data-testid="costs-csv-ready">
          {i18n.t('workspaceCosts.csv.ready', reading.rows.length, [
            String(reading.rows.length),
            formatMoney(total, view.settings.currency),
          ])}
        </p>
      ) : null}
      {done ? (
        <p class="form-success" role="status" data-testid="costs-csv-done">
          {done}
        </p>
      ) : null}
      <FormError id="costs-csv-error" message={error} />
    </section>
  );
}
