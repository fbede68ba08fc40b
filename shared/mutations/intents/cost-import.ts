import { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { ok, refuse } from '../../result';
import { IdSchema } from '../../schemas/common';
import { CostEntryFieldsSchema, CostKindSchema, CostPeriodSchema } from '../../schemas/costs';
import { checkAbsent, findReference } from '../preconditions';
import { putRecord, stampCreated } from '../record-writes';
import { denyUnlessWriter } from '../role-gates';
import type { Mutator, RowRef, Write } from '../types';

const entryFields = CostEntryFieldsSchema.shape;

/** One amount an import writes; the project, source and kind are the import's own. */
export const ImportedCostSchema = z.object({
  id: IdSchema,
  period: entryFields.period,
  amount: entryFields.amount,
  personId: entryFields.personId,
  hours: entryFields.hours,
  note: entryFields.note,
  issueKeys: entryFields.issueKeys,
});
export type ImportedCost = z.infer<typeof ImportedCostSchema>;

export const CostImportArgsSchema = z.object({
  projectId: IdSchema,
  source: z.enum(['csv', 'jira']),
  kind: CostKindSchema.default('actual'),
  /** The months the import covers: the entries it wrote there before are replaced, even by nothing. */
  periods: z.array(CostPeriodSchema).min(1).max(240),
  entries: z.array(ImportedCostSchema).max(2000),
  /**
   * The ids of the entries of this source and kind already in those months, as the sender saw them:
   * a mutator may only change rows it declares it reads, so the sender names what it replaces, and
   * an entry it did not know of (another device imported meanwhile) refuses the import.
   */
  replaces: z.array(IdSchema).max(5000).default([]),
});
export type CostImportArgs = z.infer<typeof CostImportArgsSchema>;

/**
 * `costEntry.import`: a CSV file or a Jira worklog read, written at once. In the months it covers it
 * replaces the project's entries of the same source and kind (so importing the same month twice
 * changes nothing, and a worklog deleted in Jira disappears on the next import) and never touches
 * another source's: hand-entered amounts and other imports stay. One mutation, so an import is
 * never half-applied, here or on the server.
 */
export const costImport: Mutator<CostImportArgs> = {
  name: 'costEntry.import',
  args: CostImportArgsSchema,
  reads: (args) => [
    { entity: 'project', id: args.projectId },
    ...args.entries.map((entry): RowRef => ({ entity: 'costEntry', id: entry.id })),
    ...args.replaces.map((id): RowRef => ({ entity: 'costEntry', id })),
    ...[...new Set(args.entries.flatMap((entry) => entry.personId ?? []))].map(
      (id): RowRef => ({ entity: 'person', id }),
    ),
  ],
  queries: (args) => [{ entity: 'costEntry', field: 'projectId', value: args.projectId }],
  apply(args, read, ctx, list) {
    const denied = denyUnlessWriter(ctx);
    if (denied) return denied;
    if (args.source === 'jira' && args.kind !== 'actual')
      return refuse('invalid_args', messageRef('refusal.costImport.jiraPlanned', {}));
    const project = findReference(read, 'project', args.projectId);
    if (!project.ok) return project;
    const periods = new Set(args.periods);
    const replaces = new Set(args.replaces);
    const isReplaced = (entry: AnyRecord) =>
      entry.projectId === args.projectId &&
      entry.source === args.source &&
      (entry.kind ?? 'actual') === args.kind &&
      periods.has(entry.period as string);
    for (const entry of list({ entity: 'costEntry', field: 'projectId', value: args.projectId })) {
      if (isReplaced(entry) && !replaces.has(entry.id))
        return refuse('stale_import', messageRef('refusal.costImport.stale', { period: String(entry.period) }), {
          id: entry.id,
        });
    }
    const writes: Write[] = [];
    for (const id of replaces) {
      const entry = read('costEntry', id);
      if (!entry) continue;
      if (!isReplaced(entry))
        return refuse('invalid_args', messageRef('refusal.costImport.notReplaceable', { id }), { id });
      writes.push({ op: 'del', entity: 'costEntry', id });
    }
    for (const entry of args.entries) {
      if (!periods.has(entry.period))
        return refuse('invalid_args', messageRef('refusal.costImport.periodNotListed', { period: entry.period }), {
          period: entry.period,
        });
      const taken = checkAbsent(read, 'costEntry', entry.id);
      if (taken) return taken;
      const person = entry.personId === undefined ? undefined : findReference(read, 'person', entry.personId);
      if (person && !person.ok) return person;
      const put = putRecord(
        'costEntry',
        stampCreated({ ...entry, projectId: args.projectId, source: args.source, kind: args.kind }, ctx),
      );
      if (!put.ok) return put;
      writes.push(put.value);
    }
    return ok(writes);
  },
};

/** What the sender knows of a stored entry to name the ones an import replaces; a `CostEntry` fits. */
export interface StoredCostEntry {
  id: string;
  projectId: string;
  period: string;
  source?: string;
  kind?: string;
}

/**
 * The `costEntry.import` of `entries` into `periods`, naming the stored entries of the same source
 * and kind in those months as the ones it replaces (so a re-import of a month is idempotent).
 */
export function buildCostImport(input: {
  projectId: string;
  source: CostImportArgs['source'];
  kind?: CostImportArgs['kind'];
  periods: readonly string[];
  entries: ImportedCost[];
  existing: readonly StoredCostEntry[];
}): CostImportArgs {
  const kind = input.kind ?? 'actual';
  const periods = new Set(input.periods);
  const replaces = input.existing
    .filter(
      (entry) =>
        entry.projectId === input.projectId &&
        entry.source === input.source &&
        (entry.kind ?? 'actual') === kind &&
        periods.has(entry.period),
    )
    .map((entry) => entry.id);
  return {
    projectId: input.projectId,
    source: input.source,
    kind,
    periods: [...periods],
    entries: input.entries,
    replaces,
  };
}
