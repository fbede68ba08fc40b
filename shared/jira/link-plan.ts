import type { MutationName } from '../mutations/registry';
import type { Milestone, PlanItem } from '../schemas/plan';
import type { Project } from '../schemas/project';
import type { PlannedMutation } from './import-plan';
import type { LinkTargetKind } from './issue-context';
import { isSameJiraKey } from './jira-keys';

/** Why a mapping or link cannot be planned; the adapter turns the code into a translated sentence. */
export type LinkRefusal =
  | { code: 'project_not_found' }
  | { code: 'too_many_jira_projects'; projectName: string }
  | { code: 'target_not_found' }
  | { code: 'already_linked'; title: string; jiraKey: string };

export type LinkPlan = { ok: true; mutations: PlannedMutation[] } | { ok: false; refusal: LinkRefusal };

const maxJiraProjectsPerProject = 20;

/**
 * Maps a Jira project to a PMO project: adds the key to the project's `jiraProjectKeys` and takes it
 * off any other project first, so a Jira project maps to exactly one PMO project. `expected` makes
 * a concurrent edit of the same list a refusal rather than a lost update.
 */
export function planProjectMapping(
  projects: readonly Pick<Project, 'id' | 'name' | 'jiraProjectKeys'>[],
  { projectId, jiraProjectKey }: { projectId: string; jiraProjectKey: string },
): LinkPlan {
  const target = projects.find((project) => project.id === projectId);
  if (!target) return { ok: false, refusal: { code: 'project_not_found' } };
  const mutations: PlannedMutation[] = [];
  for (const project of projects) {
    const keys = project.jiraProjectKeys ?? [];
    if (project.id === projectId || !keys.some((key) => isSameJiraKey(key, jiraProjectKey))) continue;
    mutations.push({
      name: 'project.update',
      args: {
        id: project.id,
        patch: { jiraProjectKeys: keys.filter((key) => !isSameJiraKey(key, jiraProjectKey)) },
        expected: { jiraProjectKeys: keys },
      },
    });
  }
  const keys = target.jiraProjectKeys ?? [];
  if (keys.some((key) => isSameJiraKey(key, jiraProjectKey))) return { ok: true, mutations };
  if (keys.length >= maxJiraProjectsPerProject)
    return { ok: false, refusal: { code: 'too_many_jira_projects', projectName: target.name } };
  mutations.push({
    name: 'project.update',
    args: {
      id: projectId,
      patch: { jiraProjectKeys: [...keys, jiraProjectKey] },
      ...(target.jiraProjectKeys ? { expected: { jiraProjectKeys: keys } } : {}),
    },
  });
  return { ok: true, mutations };
}

type LinkableMilestone = Pick<Milestone, 'id' | 'title' | 'jiraKey'>;
type LinkablePlanItem = Pick<PlanItem, 'id' | 'title' | 'jiraKey'>;

// An empty key means "not linked": an optional field cannot be removed through a synced patch
// (JSON drops `undefined`), so unlinking writes "" instead.
const unlinkedKey = '';

const updateName = (kind: LinkTargetKind): MutationName =>
  kind === 'milestone' ? 'milestone.update' : 'planItem.update';

/**
 * Links a Jira issue to the milestone or plan item it rolls up to (the item's `jiraKey`), or with
 * `target` null unlinks it. An issue rolls up to one item: linking moves the link off any other
 * item. An item linked to another issue is refused, never silently taken over.
 */
export function planJiraLink(
  rows: { milestones: readonly LinkableMilestone[]; planItems: readonly LinkablePlanItem[] },
  { issueKey, target }: { issueKey: string; target: { kind: LinkTargetKind; id: string } | null },
): LinkPlan {
  const linked = [
    ...rows.milestones.map((row) => ({ kind: 'milestone' as const, row })),
    ...rows.planItems.map((row) => ({ kind: 'planItem' as const, row })),
  ].filter(({ row }) => isSameJiraKey(row.jiraKey, issueKey));
  let link: PlannedMutation | undefined;
  if (target) {
    const list: readonly (LinkableMilestone | LinkablePlanItem)[] =
      target.kind === 'milestone' ? rows.milestones : rows.planItems;
    const item = list.find((row) => row.id === target.id);
    if (!item) return { ok: false, refusal: { code: 'target_not_found' } };
    if (item.jiraKey && !isSameJiraKey(item.jiraKey, issueKey))
      return { ok: false, refusal: { code: 'already_linked', title: item.title, jiraKey: item.jiraKey } };
    if (!item.jiraKey) link = { name: updateName(target.kind), args: { id: item.id, patch: { jiraKey: issueKey } } };
  }
  const unlinks = linked
    .filter(({ kind, row }) => !(target && kind === target.kind && row.id === target.id))
    .map(({ kind, row }) => ({ name: updateName(kind), args: { id: row.id, patch: { jiraKey: unlinkedKey } } }));
  return { ok: true, mutations: link ? [...unlinks, link] : unlinks };
}
