import type { AnyRecord } from '../entities';
import { compareFields, occurredChange, type UnappliedChange } from './compare-fields';
import { createPlaceholderResolver, matchRows, projectOf } from './match-rows';
import { rowPlaceholderPrefix } from './row-placeholders';
import type { ImportDiff, ImportEntity, ImportedRow } from './types';

/** The workspace's live records an import is matched against, per entity. */
export type ExistingRecords = Partial<Record<ImportEntity, readonly AnyRecord[]>>;

export interface DiffImportOptions {
  /** The project the import targets. */
  projectId: string;
  /** Ids of the records this source imported before (its import memory), to list those no row matches now. */
  previousIds?: readonly string[];
}

/** A created entry; `notApplied` lists row values left out of the create (a status only an intent sets). */
export type CreatedEntry = ImportDiff['created'][number] & { notApplied?: UnappliedChange[] };

/** Prefix of the placeholder id of a created entry, `new:<row index>`, until planImportMutations gives it a real one. */
export const newRecordPrefix = 'new:';

/**
 * Compares the rows of an import with the workspace's records: which rows create a record, which
 * change one (field by field, from → to), which change nothing, and which records this source
 * brought before that no row matches now (listed only; an import never deletes). A row matches
 * (1) the record with its id, (2) else the record with its ref, (3) else the record with its
 * fingerprint (normalised title), each among records of the row's project (people: of the
 * workspace) that no other row matched; an id of another project's record does not match (the
 * row makes a copy here). Only the fields a row sets are compared (its `setFields`, never an
 * undefined value), so neither a missing column nor an empty cell clears or resets a value. `row:<line>`
 * placeholders of matched lines compare as those records' ids. A risk row saying "occurred", or a new
 * baseline for an achieved milestone, is listed as an UnappliedChange. Created entries carry the
 * placeholder id `new:<row index>`.
 */
export function diffImport(
  rows: readonly ImportedRow[],
  existing: ExistingRecords,
  options: DiffImportOptions,
): ImportDiff {
  const matches = matchRows(rows, existing);
  const resolvePlaceholders = createPlaceholderResolver(rows, matches);
  const diff: ImportDiff = { created: [], changed: [], unchanged: [], missing: [] };
  const nameOfPerson = createPersonNamer(rows, existing);
  rows.forEach((row, index) => {
    const record = matches.get(index);
    const { line, entity } = row;
    const title = titleOf(entity, row.fields, nameOfPerson);
    if (!record) {
      const created: CreatedEntry = { line, entity, id: `${newRecordPrefix}${index}`, title };
      const notApplied = row.entity === 'risk' && row.fields.status === 'occurred' ? [occurredChange(undefined)] : [];
      diff.created.push(notApplied.length > 0 ? { ...created, notApplied } : created);
      return;
    }
    const changes = compareFields(row.entity, resolvePlaceholders(row), record, row.setFields);
    if (changes.length === 0) diff.unchanged.push({ line, entity, id: record.id, title });
    else diff.changed.push({ line, entity, id: record.id, title, changes });
  });
  diff.missing = listMissing(rows, existing, options, new Set([...matches.values()].map((record) => record.id)));
  return diff;
}

/** Names people by id and by the line that creates them, to title allocation rows. */
function createPersonNamer(rows: readonly ImportedRow[], existing: ExistingRecords) {
  const names = new Map<string, string>();
  for (const person of existing.person ?? []) names.set(person.id, String(person.name));
  for (const row of rows)
    if (row.entity === 'person') names.set(`${rowPlaceholderPrefix}${row.line}`, String(row.fields.name));
  return (personId: unknown) => (typeof personId === 'string' ? (names.get(personId) ?? personId) : '');
}

/** What the diff calls a row: its title, statement or name; an allocation, its person and dates. */
export function titleOf(
  entity: ImportEntity,
  fields: Record<string, unknown>,
  nameOfPerson: (personId: unknown) => string = String,
): string {
  if (entity === 'allocation')
    return `${nameOfPerson(fields.personId)} ${String(fields.from ?? '')} → ${String(fields.to ?? '')}`;
  const text = entity === 'decision' ? fields.statement : entity === 'person' ? fields.name : fields.title;
  return typeof text === 'string' ? text : '';
}

/**
 * Records this source brought before (previousIds), or, when rows carried our ids (a re-imported
 * export), the other records of those rows' entities and projects, that no row matched.
 */
function listMissing(
  rows: readonly ImportedRow[],
  existing: ExistingRecords,
  options: DiffImportOptions,
  matchedIds: ReadonlySet<string>,
): ImportDiff['missing'] {
  const previous = new Set(options.previousIds ?? []);
  const exportedScopes = new Set(
    rows.filter((row) => row.key.id).map((row) => `${row.entity}|${projectOf(row.fields) ?? ''}`),
  );
  const missing: ImportDiff['missing'] = [];
  for (const [entity, records] of Object.entries(existing) as [ImportEntity, readonly AnyRecord[]][]) {
    for (const record of records ?? []) {
      if (matchedIds.has(record.id)) continue;
      const scope = `${entity}|${projectOf(record) ?? ''}`;
      if (previous.has(record.id) || exportedScopes.has(scope))
        missing.push({ entity, id: record.id, title: titleOf(entity, record) });
    }
  }
  return missing;
}
