import type { AnyRecord, EntityName } from '../entities';
import { fail, type Result } from '../result';
import { lowerLabel } from './entity-labels';
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
const governedEntities: ReadonlySet<EntityName> = new Set(['settings', 'template', 'person']);
/** What a contributor may raise (and then change while it is theirs). */
const contributedEntities: ReadonlySet<EntityName> = new Set(['risk', 'issue', 'action']);

/**
 * Checks every write of a mutation against the roles of SYNC.md ("API contract"), using the record
 * before (from `read`, which the mutator declared) and after (the write's value):
 * - `owner`, `pmo`: everything.
 * - `pm`: projects whose `managerId` is the actor (before and after, so a project cannot be handed
 *   over) and records whose `projectId` is in `ctx.managedProjectIds` (before and after, so a record
 *   cannot be moved out of or into another project); never settings, templates or persons.
 * - `contributor`: creates risks, issues and actions in any project; updates and deletes only those
 *   it created (`createdBy`); nothing else.
 * - `viewer`: nothing.
 * Runs after every mutator (see prepareMutation), so no mutator can forget it. The answer is a
 * `forbidden` refusal saying what the role may do and whom to ask, or undefined when allowed.
 */
export function authorizeWrites(writes: readonly Write[], read: ReadRow, ctx: MutationContext): Refusal {
  if (ctx.role === 'owner' || ctx.role === 'pmo') return undefined;
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
          : refuse(
              change,
              'A viewer can read this workspace but not change it. Ask an owner or PMO for a role that can edit.',
            );
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

const pmMayDo = 'As a project manager you can change the projects you manage and their records';

function checkProjectManager(change: Change, ctx: MutationContext): Refusal {
  const { entity, before, after } = change;
  if (governedEntities.has(entity))
    return refuse(change, `${pmMayDo}, not ${withArticle(entity)}. Ask an owner or PMO to make this change.`);
  if (entity === 'project') {
    if (before && !isManagedBy(before, ctx.actorId))
      return refuse(
        change,
        `${pmMayDo}; ${describe(entity, before)} is managed by ${before.managerId ? 'someone else' : 'nobody'}. Ask an owner or PMO to make you its manager, or to make this change.`,
      );
    if (after && !isManagedBy(after, ctx.actorId))
      return refuse(
        change,
        before
          ? `${pmMayDo}, but you cannot hand ${describe(entity, before)} to another manager. Ask an owner or PMO to reassign it.`
          : `${pmMayDo}; a project you create is managed by you, so leave its manager empty or set it to yourself. Ask an owner or PMO to create it for another manager.`,
      );
    return undefined;
  }
  const managed = ctx.managedProjectIds ?? new Set<string>();
  const places: [AnyRecord | undefined, string][] = [
    [before, 'is in'],
    [after, before ? 'would move to' : 'is in'],
  ];
  for (const [record, when] of places) {
    if (!record) continue;
    const projectId = record.projectId;
    if (typeof projectId !== 'string')
      return refuse(
        change,
        `${pmMayDo}; ${describe(entity, record)} belongs to no project. Ask an owner or PMO to make this change, or file it under a project you manage.`,
      );
    if (!managed.has(projectId))
      return refuse(
        change,
        `${pmMayDo}; ${describe(entity, record)} ${when} a project you do not manage. Ask that project's manager, an owner or a PMO to make this change.`,
        { projectId },
      );
  }
  return undefined;
}

function checkContributor(change: Change, ctx: MutationContext): Refusal {
  const { entity, before } = change;
  const mayDo = 'As a contributor you can create risks, issues and actions and change the ones you created';
  if (!contributedEntities.has(entity))
    return refuse(
      change,
      `${mayDo}, not ${withArticle(entity)}. Ask the project's manager or a PMO to make this change.`,
    );
  if (before && before.createdBy !== ctx.actorId)
    return refuse(
      change,
      `${mayDo}; ${describe(entity, before)} was created by someone else. Ask its project's manager or a PMO to change it.`,
    );
  return undefined;
}

function refuse(change: Change, message: string, details: Record<string, unknown> = {}): Result<never> {
  return fail('forbidden', message, { entity: change.entity, id: change.id, ...details });
}

/** "a risk", "an action", "the workspace settings": the entity as the object of a sentence. */
function withArticle(entity: EntityName): string {
  if (entity === 'settings') return 'the workspace settings';
  const label = lowerLabel(entity);
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** `risk "Supplier late"`: a record as a person recognises it. */
function describe(entity: EntityName, record: AnyRecord): string {
  const name = [record.title, record.name, record.code, record.statement, record.whatHappened].find(
    (value) => typeof value === 'string' && value.trim() !== '',
  );
  return `${lowerLabel(entity)} "${String(name ?? record.id).slice(0, 80)}"`;
}
