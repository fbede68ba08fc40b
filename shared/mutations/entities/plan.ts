import type { AnyRecord, EntityName } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { refuse } from '../../result';
import {
  BaselineFieldsSchema,
  type Dependency,
  type MilestoneDateChange,
  MilestoneFieldsSchema,
  PlanItemFieldsSchema,
} from '../../schemas/plan';
import { entityTerm } from '../entity-labels';
import { defineEntityMutators, type Refusal } from '../entity-mutators';
import { findReference } from '../preconditions';
import type { MutationContext, ReadRow, RowRef } from '../types';

type Values = Record<string, unknown>;
const inProject = [{ field: 'projectId', entity: 'project' }] as const;

/** A predecessor may be a plan item or a milestone, so both are read. */
function readsOfPredecessors(values: Values): RowRef[] {
  const predecessors = (values.predecessors as Dependency[] | undefined) ?? [];
  return predecessors.flatMap(({ predecessorId }) => [
    { entity: 'planItem', id: predecessorId },
    { entity: 'milestone', id: predecessorId },
  ]);
}

/**
 * Predecessors must be other items of the same project, listed once. A two-item loop is caught
 * here; longer cycles need the whole plan and are reported by the critical-path analysis.
 */
function checkPredecessors(entity: EntityName, item: Values, predecessors: Dependency[], read: ReadRow): Refusal {
  const seen = new Set<string>();
  for (const { predecessorId } of predecessors) {
    if (predecessorId === item.id)
      return refuse('invalid_dependency', messageRef('refusal.plan.ownPredecessor', { entity: entityTerm(entity) }), {
        predecessorId,
      });
    if (seen.has(predecessorId))
      return refuse('invalid_dependency', messageRef('refusal.plan.predecessorTwice', { predecessorId }), {
        predecessorId,
      });
    seen.add(predecessorId);
    const predecessor = read('planItem', predecessorId) ?? read('milestone', predecessorId);
    if (!predecessor)
      return refuse('not_found', messageRef('refusal.plan.predecessorMissing', { predecessorId }), { predecessorId });
    if (predecessor.projectId !== item.projectId)
      return refuse(
        'invalid_dependency',
        messageRef('refusal.plan.predecessorElsewhere', { title: String(predecessor.title) }),
        { predecessorId },
      );
    const links = (predecessor.predecessors as Dependency[] | undefined) ?? [];
    if (links.some((link) => link.predecessorId === item.id))
      return refuse(
        'dependency_cycle',
        messageRef('refusal.plan.cycle', { title: String(predecessor.title), entity: entityTerm(entity) }),
        { predecessorId },
      );
  }
  return undefined;
}

const maxDateChanges = 200;

/** An achieved milestone's dates are history: they no longer move. */
export function refuseAchieved(milestone: AnyRecord): Refusal {
  if (typeof milestone.actualDate !== 'string') return undefined;
  return refuse(
    'milestone_achieved',
    messageRef('refusal.milestone.achieved', { title: String(milestone.title), date: milestone.actualDate }),
  );
}

/** Appends a forecast or baseline move to a milestone's trail, keeping the newest entries. */
export function appendDateChange(milestone: AnyRecord, change: MilestoneDateChange): MilestoneDateChange[] {
  const trail = [...((milestone.dateChanges as MilestoneDateChange[] | undefined) ?? []), change];
  return trail.slice(-maxDateChanges);
}

/** The trail entries an edit of the forecast or a first baseline implies (no reason given). */
function logDateEdits({ current, next }: { current: AnyRecord; next: Values }, ctx: MutationContext): Values {
  let trail = current;
  for (const kind of ['forecast', 'baseline'] as const) {
    const field = `${kind}Date`;
    if (next[field] === current[field] || typeof next[field] !== 'string') continue;
    const entry: MilestoneDateChange = { kind, to: next[field] as string, at: ctx.now, by: ctx.actorId };
    if (typeof current[field] === 'string') entry.from = current[field] as string;
    trail = { ...trail, dateChanges: appendDateChange(trail, entry) };
  }
  return trail === current ? {} : { dateChanges: trail.dateChanges };
}

/**
 * `milestone.*`. A forecast may be edited (the edit is logged); a baseline, once set, moves only
 * through `milestone.rebaseline` with a reason.
 */
export const milestoneMutators = defineEntityMutators({
  entity: 'milestone',
  fields: MilestoneFieldsSchema,
  references: inProject,
  fixedFields: ['projectId'],
  intentFields: { dateChanges: 'milestone.reschedule' },
  extraReads: readsOfPredecessors,
  checkCreate: (milestone, read) =>
    checkPredecessors('milestone', milestone, milestone.predecessors as Dependency[], read),
  checkUpdate({ current, patch, next }, read) {
    if ('baselineDate' in patch && current.baselineDate !== undefined && patch.baselineDate !== current.baselineDate)
      return refuse('use_named_mutation', messageRef('refusal.milestone.baselineSet', {}), {
        field: 'baselineDate',
        mutation: 'milestone.rebaseline',
      });
    if (!('predecessors' in patch)) return undefined;
    return checkPredecessors('milestone', current, next.predecessors as Dependency[], read);
  },
  reviseUpdate: logDateEdits,
});

/** A plan item rolls up to a milestone of its own project. */
function checkMilestoneOfItem(item: Values, read: ReadRow): Refusal {
  if (typeof item.milestoneId !== 'string') return undefined;
  const milestone = findReference(read, 'milestone', item.milestoneId);
  if (!milestone.ok) return milestone;
  if (milestone.value.projectId === item.projectId) return undefined;
  return refuse(
    'invalid_dependency',
    messageRef('refusal.plan.milestoneElsewhere', { title: String(milestone.value.title) }),
    { milestoneId: item.milestoneId },
  );
}

/** `planItem.*`: tasks and deliverables; predecessors and milestone stay within the project. */
export const planItemMutators = defineEntityMutators({
  entity: 'planItem',
  fields: PlanItemFieldsSchema,
  references: inProject,
  fixedFields: ['projectId'],
  extraReads: (values) => [
    ...readsOfPredecessors(values),
    ...(typeof values.milestoneId === 'string' ? [{ entity: 'milestone' as const, id: values.milestoneId }] : []),
  ],
  checkCreate: (item, read) =>
    checkPredecessors('planItem', item, item.predecessors as Dependency[], read) ?? checkMilestoneOfItem(item, read),
  checkUpdate({ current, patch, next }, read) {
    const badLink =
      'predecessors' in patch
        ? checkPredecessors('planItem', current, next.predecessors as Dependency[], read)
        : undefined;
    return badLink ?? ('milestoneId' in patch ? checkMilestoneOfItem(next, read) : undefined);
  },
});

/** `baseline.*`: snapshots belong to the project they were taken of. */
export const baselineMutators = defineEntityMutators({
  entity: 'baseline',
  fields: BaselineFieldsSchema,
  references: inProject,
  fixedFields: ['projectId'],
});
