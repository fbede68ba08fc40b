import { z } from 'zod';
import { mutationNames } from '../../shared/mutations/registry';
import { IdSchema, IsoDateTimeSchema } from '../../shared/schemas/common';
import type { DateOrder, ImportKind, Mapping } from '../../shared/tabular/types';

const importKinds = ['plan', 'risk', 'raid', 'resources'] as const satisfies readonly ImportKind[];
const dateOrders = ['dmy', 'mdy'] as const satisfies readonly DateOrder[];

/** Where an import came from: `sheet:<spreadsheetId>:<gid>` or `file:<file name>`. */
export const SourceKeySchema = z.string().min(1).max(300);

/** How a source was last imported, so its next import starts from the same choices. */
export const ImportMemorySchema = z.object({
  kind: z.enum(importKinds),
  headerRow: z.number().int().min(0).max(10_000),
  headers: z.array(z.string().max(1000)).max(2000),
  mapping: z.array(z.string().max(100).nullable()).max(2000) satisfies z.ZodType<Mapping>,
  dateOrder: z.enum(dateOrders),
  unknownOwners: z.enum(['reject', 'keep_name']),
  projectId: IdSchema,
  /** Every record this source created or updated: a re-import lists the ones no row matches any more. */
  importedIds: z.array(IdSchema).max(200_000),
  savedAt: IsoDateTimeSchema,
});
export type ImportMemory = z.infer<typeof ImportMemorySchema>;

/** The key of a spreadsheet tab's memory: the `sourceKey` the import page sends for a sheet. */
export function sheetSourceKey(spreadsheetId: string, gid: string): string {
  return `sheet:${spreadsheetId}:${gid}`;
}

/** The id in `/spreadsheets/d/{id}/`. */
const SpreadsheetIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{10,100}$/, 'must be a spreadsheet id from a docs.google.com/spreadsheets/d/… address');
/** A tab's id, the `#gid=` of its address. */
const GidSchema = z.string().regex(/^\d{1,20}$/, 'must be the digits of a #gid=');
const workspaceId = z.string().max(200);

/** Inputs of the Google Sheets and import messages; protocol.ts lists them with the others. */
export const sheetsMessageInputSchemas = {
  /** Opens the import page for a spreadsheet tab, in a new tab beside the sheet. */
  'sheets.openImport': z.object({
    spreadsheetId: SpreadsheetIdSchema,
    gid: GidSchema,
    title: z.string().max(500).optional(),
  }),
  /** Reads a tab's CSV export with the user's Google session (background/sheets/fetch-sheet-csv.ts says why). */
  'sheets.fetchCsv': z.object({ spreadsheetId: SpreadsheetIdSchema, gid: GidSchema }),
  /** How this source was imported last time, or null. */
  'import.memory': z.object({ workspaceId, sourceKey: SourceKeySchema }),
  /** Applies a planned import all or nothing, then remembers the source's mapping and what it imported. */
  'import.apply': z.object({
    workspaceId,
    sourceKey: SourceKeySchema,
    mutations: z
      .array(z.object({ name: z.enum(mutationNames), args: z.unknown(), line: z.number().int().min(1).optional() }))
      .max(30_000),
    memory: ImportMemorySchema,
  }),
  /** Replaces a tab's content with a table through the Sheets API (builds with an OAuth client id only). */
  'sheets.writeBack': z.object({
    spreadsheetId: SpreadsheetIdSchema,
    gid: GidSchema.optional(),
    sheetTitle: z.string().min(1).max(100).optional(),
    values: z.array(z.array(z.string().max(50_000)).max(1000)).max(50_000),
  }),
};

/** A tab read as CSV; `bytes` is its size in UTF-8. */
export interface SheetCsv {
  text: string;
  bytes: number;
  fetchedAt: string;
}
