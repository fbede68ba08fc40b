// Prints how long a spreadsheet import takes (issue 6): a French risk register CSV of 5,000 rows
// (semicolons, dd/mm/yyyy, Faible/Moyen/Élevé, 50 owners) re-imported into a project holding its
// 5,000 risks, 3 % of them changed since: parse, detect header + kind + mapping, read and validate,
// diff. Goal: ≤ 1 s for 5,000 rows in total. 50,000 rows are timed for the record.
// Run: npm run bench:import (node bench/run-ts.mjs bench/import/run.ts)
import type { AnyRecord } from '../../shared/entities';
import {
  detectDateOrder,
  detectHeaderRow,
  detectImportKind,
  diffImport,
  type ImportedRow,
  parseCsvText,
  planImportMutations,
  readRows,
  suggestMapping,
} from '../../shared/tabular';
import { buildFrenchRegisterCsv, buildImportContext, projectId } from './french-register';

const context = buildImportContext();
const goalMs = 1000;
const changedShare = 0.03;

/** The project's risks as the store holds them after the first import, with 3 % edited in the app since. */
function existingRisksOf(rows: readonly ImportedRow[]): AnyRecord[] {
  const step = Math.round(1 / changedShare);
  return rows.map((row, n) => {
    const id = `00000000-0000-4000-8abc-${n.toString(16).padStart(12, '0')}`;
    const record: AnyRecord = { id, version: 2, ...row.fields };
    if (n % step === 0) record.probability = ((Number(record.probability) % 5) + 1) as number;
    return record;
  });
}

interface Phases {
  parse: number;
  detect: number;
  read: number;
  diff: number;
}

/** One import of `text` against `existing`, each phase timed; the counts prove the work was done. */
function importOnce(text: string, existing: AnyRecord[]) {
  const times: Phases = { parse: 0, detect: 0, read: 0, diff: 0 };
  let started = performance.now();
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const table = parsed.value;
  times.parse = performance.now() - started;

  started = performance.now();
  const headerRow = detectHeaderRow(table.rows);
  const headers = table.rows[headerRow];
  const kind = detectImportKind(headers);
  const mapping = suggestMapping(kind, headers);
  const dateOrder = detectDateOrder(table, headerRow, mapping);
  times.detect = performance.now() - started;

  started = performance.now();
  const read = readRows(table, headerRow, kind, mapping, {
    ...context,
    dateOrder: dateOrder === 'ambiguous' ? 'dmy' : dateOrder,
  });
  times.read = performance.now() - started;

  started = performance.now();
  const diff = diffImport(read.rows, { risk: existing }, { projectId });
  times.diff = performance.now() - started;
  return { times, kind, dateOrder, read, diff };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

function bench(rowCount: number, runs: number, goal?: number): void {
  const text = buildFrenchRegisterCsv(rowCount);
  const first = importOnce(text, []);
  if (first.read.rows.length !== rowCount || first.read.problems.length > 0)
    throw new Error(
      `expected ${rowCount} valid rows, got ${first.read.rows.length}: ${first.read.problems[0]?.reason}`,
    );
  const existing = existingRisksOf(first.read.rows);
  const samples: Phases[] = [];
  let last = first;
  for (let run = 0; run < runs; run += 1) {
    last = importOnce(text, existing);
    samples.push(last.times);
  }
  const phase = (name: keyof Phases) => median(samples.map((sample) => sample[name]));
  const total = median(samples.map((sample) => sample.parse + sample.detect + sample.read + sample.diff));
  const { diff } = last;
  console.log(
    `\n${rowCount.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(1)} MB, kind ${last.kind}, dates ${last.dateOrder}; ` +
      `diff: ${diff.created.length} new, ${diff.changed.length} changed, ${diff.unchanged.length} unchanged (median of ${runs} runs)`,
  );
  const line = (label: string, value: number, note = '') => console.log(`  ${label.padEnd(46)}${ms(value)}${note}`);
  line('parse (papaparse, delimiter guess)', phase('parse'));
  line('detect header row + kind + mapping + dates', phase('detect'));
  line('readRows (convert + validate)', phase('read'));
  line(`diffImport against ${existing.length.toLocaleString('en')} risks`, phase('diff'));
  const verdict =
    goal === undefined ? '(for the record, no goal)' : `goal ≤ ${goal} ms: ${total <= goal ? 'met' : 'MISSED'}`;
  line('total', total, `   ${verdict}`);
  const planned = planImportMutations(diff, last.read.rows, () => crypto.randomUUID());
  console.log(`  (then ${planned.length} planned mutations to apply)`);
}

bench(5_000, 7, goalMs);
bench(50_000, 3);
