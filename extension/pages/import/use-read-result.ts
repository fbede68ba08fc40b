import { useMemo } from 'preact/hooks';
import type { AnyRecord } from '../../../shared/entities';
import type { Project } from '../../../shared/schemas/project';
import {
  type DateOrder,
  detectDateOrder,
  type ImportContext,
  type ReadResult,
  readRows,
} from '../../../shared/tabular/index';
import type { ConnectionRow } from '../../db/database';
import type { WizardState } from './wizard-state';

/** The date order the table's dates show, or null when they could be read either way (the user then chooses). */
export function useDetectedDateOrder(state: WizardState): DateOrder | null {
  const { source, headerRow, mapping } = state;
  return useMemo(() => {
    if (!source) return null;
    const detected = detectDateOrder(source.table, headerRow, mapping);
    return detected === 'ambiguous' ? null : detected;
  }, [source, headerRow, mapping]);
}

interface ReadInputs {
  state: WizardState;
  /** Whether the rows are needed yet: reading waits until the preview. */
  isNeeded: boolean;
  projectId: string | null;
  dateOrder: DateOrder;
  projects: readonly Project[];
  people: readonly AnyRecord[] | undefined;
  member: ConnectionRow['member'];
}

/** The table read into records with the current choices; recomputed only when one of them changes. */
export function useReadResult({ state, isNeeded, projectId, dateOrder, projects, people, member }: ReadInputs) {
  const { source, headerRow, kind, mapping, unknownOwners } = state;
  return useMemo((): ReadResult | null => {
    if (!isNeeded || !source || !projectId || !people) return null;
    const context: ImportContext = {
      projectId,
      projects: projects.map(({ id, code, name }) => ({ id, code, name })),
      people: people.map((person) => ({
        id: person.id,
        name: String(person.name),
        email: typeof person.email === 'string' ? person.email : undefined,
        memberId: typeof person.memberId === 'string' ? person.memberId : undefined,
      })),
      members: [{ id: member.id, name: member.name, email: member.email }],
      dateOrder,
      unknownOwners,
    };
    return readRows(source.table, headerRow, kind, mapping, context);
  }, [isNeeded, source, headerRow, kind, mapping, unknownOwners, projectId, dateOrder, projects, people, member]);
}
