export type ImportKind = 'plan' | 'risk' | 'raid' | 'resources';
export type ImportEntity =
  | 'risk'
  | 'issue'
  | 'decision'
  | 'action'
  | 'milestone'
  | 'planItem'
  | 'person'
  | 'allocation';
/** How to read an ambiguous slash date such as 03/04/2026. */
export type DateOrder = 'dmy' | 'mdy';
export interface ParsedTable {
  rows: string[][];
  delimiter: ',' | ';' | '\t';
  /** The sheet's own 1-based row number of each row (blank rows are dropped, so they differ); absent = index + 1. */
  lines?: number[];
}
/** A column's field, or null = ignored. Field keys are per kind, listed by importFields(kind); 'week' marks a date column of a resource grid. */
export type Mapping = (string | null)[];
export type ConversionRule =
  | 'date_iso'
  | 'date_dmy'
  | 'date_mdy'
  | 'date_serial'
  | 'date_text' // 'date_text' = "1 mars 2026", "Mar 1, 2026"
  | 'percent'
  | 'fraction_to_percent'
  | 'number_locale' // "1 234,5" -> 1234.5
  | 'scale_label'
  | 'scale_1_10'
  | 'enum_synonym'
  | 'boolean'
  | 'person_match'
  | 'project_match'
  | 'formula_unescape';
/** One cell whose text was changed to become a value, shown to the user ("01/03/2026 → 2026-03-01 (dd/mm/yyyy)"). */
export interface Conversion {
  column: number;
  raw: string;
  shown: string;
  rule: ConversionRule;
}
export type ProblemCode =
  | 'bad_date'
  | 'unknown_owner'
  | 'out_of_range'
  | 'required'
  | 'bad_number'
  | 'unknown_value'
  | 'unknown_project'
  | 'duplicate_key'
  | 'invalid';
/** Why a row (line = 1-based line in the sheet/file, header included) cannot be imported. */
export interface RowProblem {
  line: number;
  column: number | null;
  columnName: string | null;
  field: string | null;
  code: ProblemCode;
  reason: string;
  raw?: string;
}
/** A row read into one record's fields (projectId filled), ready to diff. `key` is what a re-import matches on. */
export interface ImportedRow {
  line: number;
  entity: ImportEntity;
  key: { id?: string; ref?: string };
  fields: Record<string, unknown>; // output of the entity's *FieldsSchema (defaults applied), projectId included where the entity has one
  conversions: Conversion[];
  /** The fields the row's cells set (schema defaults left out): only these are compared on re-import. */
  setFields?: readonly string[];
}
export interface ImportContext {
  projectId: string; // the project the import targets
  projects: { id: string; code?: string; name: string }[];
  people: { id: string; name: string; email?: string; memberId?: string }[]; // person records of the workspace
  members: { id: string; name: string; email?: string }[]; // workspace members
  dateOrder: DateOrder;
  unknownOwners: 'reject' | 'keep_name'; // default 'reject': an owner matching no person/member is a row problem
}
export interface ReadResult {
  rows: ImportedRow[];
  problems: RowProblem[];
  invalidLines: number[];
}
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}
export interface ImportDiff {
  created: { line: number; entity: ImportEntity; id: string; title: string }[];
  changed: {
    line: number;
    entity: ImportEntity;
    id: string;
    title: string;
    changes: FieldChange[];
  }[];
  unchanged: { line: number; entity: ImportEntity; id: string; title: string }[];
  /** Records this source imported before (or of the project, for an id-matched export) that no row matches now: listed, left as they are. */
  missing: { entity: ImportEntity; id: string; title: string }[];
}
export interface PlannedImportMutation {
  name: string /* MutationName */;
  args: unknown;
  line?: number;
}

/** How a column's cells are read (and written back by export). */
export type ImportValueType =
  | 'text'
  | 'long_text'
  | 'date'
  | 'rating'
  | 'number'
  | 'percent'
  | 'money'
  | 'person'
  | 'enum'
  | 'boolean'
  | 'project'
  | 'id'
  | 'ref'
  | 'type'
  | 'predecessors'
  | 'week';
/** A field an import column can map to; `header` is the canonical English header written by export. */
export interface ImportField {
  key: string;
  entity: ImportEntity[];
  header: string;
  required: boolean;
  valueType: ImportValueType;
}
