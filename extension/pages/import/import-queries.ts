import type { AnyRecord } from '../../../shared/entities';
import { type ImportEntity, type ImportKind, importFields } from '../../../shared/tabular/index';
import type { PmoDatabase } from '../../db/database';
import { listRecords } from '../../db/read-records';

/** Entities without a project: people belong to the whole workspace. */
const workspaceWideEntities = new Set<ImportEntity>(['person']);

/** The entities a kind of table imports into, e.g. risk, issue, decision and action for a RAID log. */
export function entitiesOfKind(kind: ImportKind): ImportEntity[] {
  return [...new Set(importFields(kind).flatMap((field) => field.entity))];
}

/** The person records of a workspace, for matching owners and resource rows. */
export function listPeople(db: PmoDatabase, workspaceId: string): Promise<AnyRecord[]> {
  return listRecords(db, workspaceId, 'person');
}

/**
 * What an import of this kind compares with: the workspace's records of its entities (people of
 * the whole workspace, others of every project, so an id-matched row moved between projects is
 * still found; diffImport narrows to the project).
 */
export async function readExistingRecords(
  db: PmoDatabase,
  workspaceId: string,
  kind: ImportKind,
): Promise<Partial<Record<ImportEntity, AnyRecord[]>>> {
  const entities = entitiesOfKind(kind);
  const lists = await Promise.all(entities.map((entity) => listRecords(db, workspaceId, entity)));
  return Object.fromEntries(entities.map((entity, index) => [entity, lists[index]]));
}

/** What an export of this kind writes: the project's records of its entities, and every person. */
export async function readProjectRecords(
  db: PmoDatabase,
  workspaceId: string,
  kind: ImportKind,
  projectId: string,
): Promise<Partial<Record<ImportEntity, AnyRecord[]>>> {
  const all = await readExistingRecords(db, workspaceId, kind);
  return Object.fromEntries(
    Object.entries(all).map(([entity, records = []]) => [
      entity,
      workspaceWideEntities.has(entity as ImportEntity)
        ? records
        : records.filter((record) => record.projectId === projectId),
    ]),
  );
}
