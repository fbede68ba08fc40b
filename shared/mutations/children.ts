import type { AnyRecord, EntityName } from '../entities';
import { messageRef } from '../i18n/message-ref';
import { type Result, refuse } from '../result';
import { entityStartTerm, entityTerm, joinWithCommas } from './entity-labels';
import type { ListRows, RowQuery } from './types';

/** A record of `entity` belongs to its parent through `field` (holding the parent's id). */
export interface ChildLink {
  entity: EntityName;
  field: string;
}

const projectParts: readonly EntityName[] = [
  'milestone',
  'planItem',
  'baseline',
  'risk',
  'issue',
  'decision',
  'action',
  'statusReport',
  'gateReview',
  'allocation',
  'raci',
  'lesson',
  'costEntry',
];

/**
 * Which records belong to which: a parent is never deleted while one of these is live, so no record
 * is left pointing at a deleted parent, and nobody can re-create the parent's id to take its records
 * over (deleted ids are retired for good by the Durable Object). Links that are only references
 * (a plan item's milestone, a risk's issue, predecessors) are not ownership: they may outlive their
 * target and then point at nothing, which readers show as "no link".
 */
export const childLinks: Partial<Record<EntityName, readonly ChildLink[]>> = {
  project: projectParts.map((entity) => ({ entity, field: 'projectId' })),
  template: [{ entity: 'project', field: 'templateId' }],
  person: [
    { entity: 'allocation', field: 'personId' },
    { entity: 'raci', field: 'personId' },
    // A Jira-costed entry keeps whose hours it priced (docs/domain.md "Cost entry").
    { entity: 'costEntry', field: 'personId' },
  ],
  planItem: [{ entity: 'raci', field: 'planItemId' }],
  milestone: [{ entity: 'raci', field: 'milestoneId' }],
};

/** The queries a delete of `entity` `id` lists to find its live children. */
export function queriesOfChildren(entity: EntityName, id: string): RowQuery[] {
  return (childLinks[entity] ?? []).map((link) => ({ entity: link.entity, field: link.field, value: id }));
}

/** How many live children of each kind a record has, kinds without any left out. */
export function countChildren(entity: EntityName, id: string, list: ListRows): { entity: EntityName; count: number }[] {
  return queriesOfChildren(entity, id)
    .map((query) => ({ entity: query.entity, count: list(query).length }))
    .filter((kind) => kind.count > 0);
}

/**
 * Refuses to delete a record that still has live children, naming how many of each. A project
 * that ran is closed or cancelled (its `state`) rather than deleted: its history stays.
 */
export function refuseWhileChildrenLive(
  entity: EntityName,
  record: AnyRecord,
  list: ListRows,
): Result<never> | undefined {
  const children = countChildren(entity, record.id, list);
  if (children.length === 0) return undefined;
  const counts = joinWithCommas(
    children.map((kind) =>
      messageRef('refusal.children.count', { entity: entityTerm(kind.entity), count: kind.count }),
    ),
  );
  const name = String([record.name, record.title, record.code].find((value) => typeof value === 'string') ?? record.id);
  const ref =
    entity === 'project'
      ? messageRef('refusal.children.liveProject', { name, counts })
      : messageRef('refusal.children.live', { entity: entityStartTerm(entity), name, counts });
  return refuse('has_children', ref, { children });
}
