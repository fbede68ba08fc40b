import type { AnyRecord, EntityName } from '../entities';
import { type MessageRef, messageRef } from '../i18n/message-ref';
import { type Result, refuse } from '../result';
import { isGoverningRole } from '../roles';
import { entityIndefiniteTerm, entityTerm, termOrText } from './entity-labels';
import { isManagedBy } from './managed-projects';
import type { MutationContext, ReadRow, Write } from './types';

type Refusal = Result<never> | undefined;

/** One write seen by the rules: the record before (absent on a create) and after (absent on a delete). */
interface Change {
  entity: EntityName;
  id: string;
  before: AnyRecord | undefined;
  after: AnyRecord | undefined;
}

/** Workspace-wide records: only an owner or PMO writes them. */
const governedEntities: ReadonlySet<EntityName> = new Set(['settings', 'template', 'person', 'playbook']);
/** What a contributor may raise (and then change while it is theirs). */
const contributedEntities: ReadonlySet<EntityName> = new Set(['risk', 'issue', 'action', 'lesson']);

/**
 * Checks every write of a mutation against the roles of docs/sync.md "Roles", using the record
 * before (from `read`, which the mutator declared) and after (the write's value):
 * - `owner`, `pmo`: everything.
 * - `pm`: projects whose `managerId` is the actor (before and after, so a project cannot be handed
 *   over) and records whose `projectId` is in `ctx.managedProjectIds` (before and after, so a record
 *   cannot be moved out of or into another project), plus the workspace-wide lessons (no `projectId`)
 *   they wrote themselves; never settings, templates or persons.
 * - `contributor`: creates risks, issues, actions and lessons in any project (lessons also
 *   workspace-wide); updates and deletes only those it created (`createdBy`); nothing else.
 * - `viewer`: nothing.
 * Runs after every mutator (see prepareMutation), so no mutator can forget it. The answer is a
 * `forbidden` refusal saying what the role may do and whom to ask, or undefined when allowed.
 */
export function authorizeWrites(writes: readonly Write[], read: ReadRow, ctx: MutationContext): Refusal {
  if (isGoverningRole(ctx.role)) return undefined;
  for (const write of writes) {
    const change: Change = {
      entity: write.entity,
      id: write.id,
      before: read(write.entity, write.id),
      after: write.op === 'put' ? write.value : undefined,
    };
    const refused =
      ctx.role === 'pm'
        ? checkProjectManager(change, ctx)
        : ctx.role === 'contributor'
          ? checkContributor(change, ctx)
          : refuseWrite(change, messageRef('refusal.role.readOnly', { role: termOrText('term.role', ctx.role) }));
    if (refused) return refused;
  }
  return undefined;
}

/**
 * A project a pm creates without naming a manager gets the pm as its manager: the pm then may go on
 * editing it, where refusing the create would only make them retype it with their own id.
 */
export function assignCreatorAsManager(project: Record<string, unknown>, ctx: MutationContext) {
  if (ctx.role !== 'pm' || project.managerId !== undefined) return project;
  return { ...project, managerId: ctx.actorId };
}

function checkProjectManager(change: Change, ctx: MutationContext): Refusal {
  const { entity, before, after } = change;
  if (governedEntities.has(entity))
    return refuseWrite(change, messageRef('refusal.access.pmGoverned', { entity: entityIndefiniteTerm(entity) }));
  if (entity === 'project') {
    if (before && !isManagedBy(before, ctx.actorId)) {
      const key = before.managerId ? 'refusal.access.pmProjectOfOther' : 'refusal.access.pmProjectOfNobody';
      return refuseWrite(change, messageRef(key, { name: nameOf(before) }));
    }
    if (after && !isManagedBy(after, ctx.actorId))
      return refuseWrite(
        change,
        before
          ? messageRef('refusal.access.pmHandOver', { name: nameOf(before) })
          : messageRef('refusal.access.pmCreateForOther', {}),
      );
    return undefined;
  }
  const managed = ctx.managedProjectIds ?? new Set<string>();
  const places: [AnyRecord | undefined, 'refusal.access.pmProjectNotManaged' | 'refusal.access.pmMoveNotManaged'][] = [
    [before, 'refusal.access.pmProjectNotManaged'],
    [after, before ? 'refusal.access.pmMoveNotManaged' : 'refusal.access.pmProjectNotManaged'],
  ];
  for (const [record, key] of places) {
    if (!record) continue;
    const projectId = record.projectId;
    const named = { entity: entityTerm(entity), name: nameOf(record) };
    if (typeof projectId !== 'string') {
      // A lesson learned may be workspace-wide (docs/domain.md "Lessons learned"): a pm keeps those they wrote.
      if (entity === 'lesson' && record.createdBy === ctx.actorId) continue;
      // Every other record's schema requires a project, so only a lesson gets here.
      const key = entity === 'lesson' ? 'refusal.access.pmLessonOfOther' : 'refusal.access.pmProjectNotManaged';
      return refuseWrite(change, messageRef(key, named));
    }
    if (!managed.has(projectId)) return refuseWrite(change, messageRef(key, named), { projectId });
  }
  return undefined;
}

function checkContributor(change: Change, ctx: MutationContext): Refusal {
  const { entity, before } = change;
  if (!contributedEntities.has(entity))
    return refuseWrite(
      change,
      messageRef('refusal.access.contributorEntity', { entity: entityIndefiniteTerm(entity) }),
    );
  if (before && before.createdBy !== ctx.actorId)
    return refuseWrite(
      change,
      messageRef('refusal.access.contributorNotCreator', { entity: entityTerm(entity), name: nameOf(before) }),
    );
  return undefined;
}

function refuseWrite(change: Change, ref: MessageRef, details: Record<string, unknown> = {}): Result<never> {
  return refuse('forbidden', ref, { entity: change.entity, id: change.id, ...details });
}

/** `Supplier late`: what a person recognises a record by, as typed (its id when it has no name). */
function nameOf(record: AnyRecord): string {
  const name = [record.title, record.name, record.code, record.statement, record.whatHappened].find(
    (value) => typeof value === 'string' && value.trim() !== '',
  );
  return String(name ?? record.id).slice(0, 80);
}
