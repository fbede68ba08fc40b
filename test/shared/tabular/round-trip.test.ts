import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectHeaderRow,
  diffImport,
  exportTable,
  type ImportKind,
  importFields,
  parseCsvText,
  readRows,
  suggestMapping,
  toCsv,
} from '../../../shared/tabular';
import { importContext, plan, projectId, type Register, raidLog, riskRegister } from './register-arbitraries';

/** Export → CSV text → parse → header row → mapping → readRows, as a re-import of a downloaded file does. */
function reimport(kind: ImportKind, register: Register) {
  const table = exportTable(kind, register, importContext);
  const parsed = parseCsvText(toCsv(table));
  if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
  const headerRow = detectHeaderRow(parsed.value.rows);
  expect(headerRow).toBe(0);
  const headers = parsed.value.rows[headerRow];
  expect(headers).toEqual(table[0]);
  const mapping = suggestMapping(kind, headers);
  // Every export header maps back to the field it was written from.
  expect(mapping).toEqual(headers.map((header) => importFields(kind).find((field) => field.header === header)?.key));
  return readRows(parsed.value, headerRow, kind, mapping, importContext);
}

/** Every record comes back once, same entity, id, ref and fields (defaults included), and diffs as unchanged. */
function expectSameRecords(kind: ImportKind, register: Register) {
  const result = reimport(kind, register);
  expect(result.problems).toEqual([]);
  const records = Object.entries(register).flatMap(([entity, list]) =>
    (list ?? []).map((record) => ({ entity, record })),
  );
  expect(result.rows).toHaveLength(records.length);
  for (const { entity, record } of records) {
    const row = result.rows.find((candidate) => candidate.key.id === record.id);
    const { id: _id, version: _version, ...fields } = record;
    expect(row?.entity).toBe(entity);
    expect(row?.key.ref).toBe(record.ref);
    expect(row?.fields).toEqual(fields);
  }
  // Re-importing an untouched export changes nothing and creates nothing.
  const diff = diffImport(result.rows, register, { projectId });
  expect(diff.created).toEqual([]);
  expect(diff.changed).toEqual([]);
  expect(diff.missing).toEqual([]);
  expect(diff.unchanged).toHaveLength(records.length);
}

const runs = { numRuns: 120 };
// A property runs the whole pipeline 120 times: give it room on a loaded CI machine.
const timeout = 60_000;

describe('export → CSV → import round trip', () => {
  it(
    'gives back a risk register, every field the export writes',
    () => {
      fc.assert(
        fc.property(riskRegister, (register) => expectSameRecords('risk', register)),
        runs,
      );
    },
    timeout,
  );

  it(
    'gives back a RAID log mixing risks, issues, actions and decisions',
    () => {
      fc.assert(
        fc.property(raidLog, (register) => expectSameRecords('raid', register)),
        runs,
      );
    },
    timeout,
  );

  it(
    'gives back a plan of milestones and plan items with their predecessors and lags',
    () => {
      fc.assert(
        fc.property(plan, (register) => expectSameRecords('plan', register)),
        runs,
      );
    },
    timeout,
  );
});
