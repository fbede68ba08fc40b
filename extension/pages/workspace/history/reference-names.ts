import { i18n } from '#i18n';
import type { HistoryEntry } from '../../../../shared/api/history';
import type { EntityName } from '../../../../shared/entities';
import type { Template } from '../../../../shared/schemas/methodology';
import type { Project } from '../../../../shared/schemas/project';
import { defaultWorkspaceSettings, type WorkspaceSettingsFields } from '../../../../shared/schemas/workspace-settings';
import type { PmoDatabase } from '../../../db/database';
import { type RecordRef, readRecords } from '../../../db/read-records';
import { readWorkspaceSettings } from '../../../db/workspace-queries';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import { formatFieldValue } from '../format';
import { ratingLabel } from '../risks/risk-labels';

/** Fields holding one record's id, and the entities that id may name (tried in order). */
const idFields: Readonly<Record<string, readonly EntityName[]>> = {
  projectId: ['project'],
  personId: ['person'],
  milestoneId: ['milestone'],
  planItemId: ['planItem'],
  templateId: ['template'],
};
/** Fields holding a list of dependencies (`{ predecessorId, lagDays }`) on plan items or milestones. */
const dependencyEntities: readonly EntityName[] = ['planItem', 'milestone'];
/** Fields holding a phase id of the project's methodology template. */
const phaseFields = new Set(['currentPhaseId', 'gatePhaseId']);
/** A risk's ratings, named on the workspace's matrix. */
const ratingFields: Readonly<Record<string, 'probability' | 'impact'>> = {
  probability: 'probability',
  impact: 'impact',
  residualProbability: 'probability',
  residualImpact: 'impact',
};

type RiskMatrix = WorkspaceSettingsFields['riskMatrix'];

/** What the local cache knows of the records a page of history names. */
export interface ReferenceNames {
  /** A record's name by its id ("CRM · CRM rollout" for a project). */
  names: ReadonlyMap<string, string>;
  /** A phase's name by its id, from the templates the entries' projects follow. */
  phases: ReadonlyMap<string, string>;
  /** The projects of the entries, for their manager and template. */
  projects: ReadonlyMap<string, Pick<Project, 'managerId' | 'managerName' | 'templateId'>>;
  matrix: RiskMatrix;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

function dependencyIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((dependency) => {
    const id = (dependency as { predecessorId?: unknown } | null)?.predecessorId;
    return isId(id) ? [id] : [];
  });
}

function nameOf(entity: EntityName, value: Readonly<Record<string, unknown>>): string | undefined {
  if (entity === 'project') {
    const { code, name } = value as { code?: unknown; name?: unknown };
    return [code, name].filter((part) => typeof part === 'string' && part !== '').join(' · ') || undefined;
  }
  for (const field of ['title', 'name']) {
    const text = value[field];
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return undefined;
}

/** Reads, from the local records, the names of every record the entries refer to. */
export async function readReferenceNames(
  db: PmoDatabase,
  workspaceId: string,
  entries: readonly HistoryEntry[],
): Promise<ReferenceNames> {
  const wanted = new Map<string, RecordRef>();
  const want = (entity: EntityName, id: unknown) => {
    if (isId(id)) wanted.set(`${entity}:${id}`, { entity, id });
  };
  for (const entry of entries) {
    if (entry.projectId) want('project', entry.projectId);
    for (const [field, change] of Object.entries(entry.changes)) {
      for (const value of [change.from, change.to]) {
        for (const entity of idFields[field] ?? []) want(entity, value);
        if (field === 'predecessors')
          for (const id of dependencyIds(value)) for (const entity of dependencyEntities) want(entity, id);
      }
    }
  }
  const names = new Map<string, string>();
  const projects = new Map<string, Pick<Project, 'managerId' | 'managerName' | 'templateId'>>();
  const templates = new Map<string, Template>();
  const read = async (refs: RecordRef[]) => {
    const records = await readRecords(db, workspaceId, refs);
    records.forEach((record, index) => {
      if (!record) return;
      const { entity, id } = refs[index];
      const value = record as unknown as Record<string, unknown>;
      const name = nameOf(entity, value);
      if (name !== undefined && !names.has(id)) names.set(id, name);
      if (entity === 'project') projects.set(id, value as unknown as Project);
      if (entity === 'template') templates.set(id, value as unknown as Template);
    });
  };
  await read([...wanted.values()]);
  // The templates of the entries' projects, for their phases' names.
  const templateKeys = [...projects.values()]
    .map((project) => project.templateId)
    .filter((id): id is string => isId(id) && !templates.has(id))
    .map((id): RecordRef => ({ entity: 'template', id }));
  if (templateKeys.length > 0) await read(templateKeys);
  const phases = new Map<string, string>();
  for (const template of templates.values())
    for (const phase of template.phases ?? []) phases.set(phase.id, phase.name);
  const settings = await readWorkspaceSettings(db, workspaceId);
  return { names, phases, projects, matrix: settings?.riskMatrix ?? defaultWorkspaceSettings.riskMatrix };
}

/** The names of what a page of history refers to, kept up to date; undefined until first read. */
export function useReferenceNames(workspaceId: string, entries: readonly HistoryEntry[]): ReferenceNames | undefined {
  const db = useDatabase();
  const ids = entries.map((entry) => `${entry.entity}:${entry.id}:${entry.at}`).join(',');
  return useLiveQuery(() => readReferenceNames(db, workspaceId, entries), [db, workspaceId, ids]);
}

const unknownRecord = () => i18n.t('adminActivity.unknownRecord');

/** A member id (a project's manager): the name the project or the entry itself gives that member. */
function memberName(references: ReferenceNames, entry: HistoryEntry, memberId: string): string {
  const named = entry.changes.managerName;
  const ids = entry.changes.managerId;
  if (named && ids) {
    if (ids.to === memberId && typeof named.to === 'string' && named.to !== '') return named.to;
    if (ids.from === memberId && typeof named.from === 'string' && named.from !== '') return named.from;
  }
  const project = references.projects.get(entry.id) ?? (entry.projectId && references.projects.get(entry.projectId));
  if (project && project.managerId === memberId && project.managerName) return project.managerName;
  if (entry.by === memberId && entry.byName) return entry.byName;
  return unknownRecord();
}

/**
 * A value of a history entry in words when it refers to something the local data knows: a record's
 * id as its name, a phase id as the phase's name, a risk's rating as its label on the matrix.
 * Undefined when the field holds no reference (the caller formats it); while the names are read,
 * an id shows as nothing rather than as itself.
 */
export function describeReference(
  references: ReferenceNames | undefined,
  entry: HistoryEntry,
  field: string,
  value: unknown,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (entry.entity === 'risk' && ratingFields[field] && typeof value === 'number') {
    return ratingLabel(ratingFields[field], value, references?.matrix ?? defaultWorkspaceSettings.riskMatrix);
  }
  const isReference =
    idFields[field] !== undefined || phaseFields.has(field) || (field === 'managerId' && entry.entity === 'project');
  if (isReference && isId(value)) {
    if (!references) return '';
    if (field === 'managerId') return memberName(references, entry, value);
    const names = phaseFields.has(field) ? references.phases : references.names;
    return names.get(value) ?? unknownRecord();
  }
  if (field === 'predecessors' && Array.isArray(value) && value.length > 0) {
    if (!references) return '';
    return value
      .map((dependency: { predecessorId?: unknown; lagDays?: unknown } | null) => {
        const id = dependency?.predecessorId;
        const name = (isId(id) && references.names.get(id)) || unknownRecord();
        const lag = dependency?.lagDays;
        return typeof lag === 'number' && lag !== 0
          ? i18n.t('adminActivity.predecessorLag', [name, lag > 0 ? `+${lag}` : String(lag)])
          : name;
      })
      .join(', ');
  }
  return undefined;
}

/** A value in words: a reference resolved, else the editor's own words, else as stored. */
export function describeHistoryValue(
  references: ReferenceNames | undefined,
  entry: HistoryEntry,
  field: string,
  value: unknown,
  describeValue?: (field: string, value: unknown) => string,
): string {
  return (
    describeReference(references, entry, field, value) ??
    (describeValue ? describeValue(field, value) : formatFieldValue(value))
  );
}
