import type { DateOrder } from '../../../shared/tabular/index';
import type { ImportMemory } from '../../messaging/sheets-messages';
import { headersOf, type LoadedSource, type WizardState } from './wizard-state';

/** What the background remembers of a source's last import. */
export type { ImportMemory };

/**
 * The choices of this import, for the background to remember with the source: the next import of
 * the same sheet or file starts from them. The background adds the ids this import touches.
 */
export function toImportMemory(
  state: WizardState,
  source: LoadedSource,
  choices: { dateOrder: DateOrder; projectId: string },
  now: Date,
): ImportMemory {
  return {
    kind: state.kind,
    headerRow: state.headerRow,
    headers: headersOf(source.table, state.headerRow),
    mapping: state.mapping,
    dateOrder: choices.dateOrder,
    unknownOwners: state.unknownOwners,
    projectId: choices.projectId,
    importedIds: state.memory?.importedIds ?? [],
    savedAt: now.toISOString(),
  };
}
