import type { MutationName } from '../mutations/registry';
import type { Milestone, PlanItem } from '../schemas/plan';
import { isCalendarDate, toIssueKey } from './jira-keys';
import type { JiraIssue } from './rest-schemas';

/** What an import did, for the user to check: created, moved forecasts (from → to), unchanged, skipped. */
export interface JiraImportSummary {
  createdMilestones: number;
  createdPlanItems: number;
  forecastChanges: { jiraKey: string; title: string; from?: string; to: string }[];
  unchanged: number;
  skipped: { jiraKey: string; reason: 'no_due_date' | 'invalid' }[];
}

export interface PlannedMutation {
  name: MutationName;
  args: unknown;
  /** The issue an import mutation comes from, to say where an import stopped. */
  jiraKey?: string;
}

/** The existing records an import matches issues against (by `jiraKey`); other projects' rows are ignored. */
export type ImportedMilestone = Pick<
  Milestone,
  'id' | 'projectId' | 'title' | 'forecastDate' | 'baselineDate' | 'actualDate' | 'jiraKey'
>;
export type ImportedPlanItem = Pick<PlanItem, 'id' | 'projectId' | 'title' | 'end' | 'milestoneId' | 'jiraKey'>;

export interface JiraImportInput {
  projectId: string;
  issues: readonly JiraIssue[];
  milestones: readonly ImportedMilestone[];
  planItems: readonly ImportedPlanItem[];
  newId: () => string;
}

/**
 * The default JQL of an import: the project's issues with a due date or a release (epics become
 * milestones, the rest plan items), in date order. `projectKey` must be a valid key (no quoting needed).
 */
export function defaultImportJql(projectKey: string): string {
  return `project = "${projectKey}" AND (duedate IS NOT EMPTY OR fixVersion IS NOT EMPTY) ORDER BY duedate ASC, key ASC`;
}

/** Epics (or any level above standard issues) are the milestones of the plan. */
export function isEpic(issue: JiraIssue): boolean {
  const type = issue.fields.issuetype;
  return type?.name.trim().toLowerCase() === 'epic' || (type?.hierarchyLevel ?? 0) >= 1;
}

/**
 * The day an issue is due: its due date, else the earliest release date of its fix versions (a
 * story planned in a release is due when the release ships). Undefined when it has neither.
 */
export function dueDateOfIssue(issue: JiraIssue): string | undefined {
  if (issue.fields.duedate) return issue.fields.duedate;
  const releases = (issue.fields.fixVersions ?? [])
    .map((version) => version.releaseDate)
    .filter((date): date is string => typeof date === 'string' && isCalendarDate(date))
    .sort();
  return releases[0];
}

function titleOf(issue: JiraIssue): string {
  const summary = issue.fields.summary.replace(/\s+/g, ' ').trim();
  const title = summary || issue.key;
  return title.length <= 300 ? title : `${title.slice(0, 299).trimEnd()}…`;
}

interface Candidate {
  issue: JiraIssue;
  key: string;
  due: string;
}

/** Finds the milestone an item rolls up to: its parent epic's, through stories (sub-task → story → epic). */
function createMilestoneResolver(
  issuesByKey: ReadonlyMap<string, JiraIssue>,
  milestoneIdByKey: ReadonlyMap<string, string>,
  planItemByKey: ReadonlyMap<string, ImportedPlanItem>,
) {
  return (issue: JiraIssue): string | undefined => {
    let parentKey = toIssueKey(issue.fields.parent?.key ?? '');
    // Jira nests at most epic → story → sub-task; the bound also stops a malformed parent loop.
    for (let depth = 0; parentKey && depth < 5; depth += 1) {
      const milestoneId = milestoneIdByKey.get(parentKey) ?? planItemByKey.get(parentKey)?.milestoneId;
      if (milestoneId) return milestoneId;
      parentKey = toIssueKey(issuesByKey.get(parentKey)?.fields.parent?.key ?? '');
    }
    return undefined;
  };
}

/**
 * Plans an import of Jira issues into a project's plan. Epics (issue type Epic or hierarchy level ≥ 1)
 * become milestones, other issues plan items ending on their due date and rolling up to the milestone
 * of their epic (imported now or before). Issues are matched to records by `jiraKey`, so a re-import
 * never duplicates: the first import of a key sets the baseline (milestone baseline = forecast = due
 * date); later imports only move the forecast (`milestone.reschedule`, or `planItem.update` of `end`)
 * when the due date changed, and list each move. Issues without a due date, or with a malformed key or
 * date, are skipped with the reason. An achieved milestone keeps its dates (they are history).
 * Mutations come in the order to apply them: milestones before the plan items that point at them.
 */
export function planJiraImport(input: JiraImportInput): { mutations: PlannedMutation[]; summary: JiraImportSummary } {
  const { projectId, newId } = input;
  const summary: JiraImportSummary = {
    createdMilestones: 0,
    createdPlanItems: 0,
    forecastChanges: [],
    unchanged: 0,
    skipped: [],
  };
  const milestoneByKey = new Map<string, ImportedMilestone>();
  for (const milestone of input.milestones) {
    const key = milestone.jiraKey ? toIssueKey(milestone.jiraKey) : undefined;
    if (key && milestone.projectId === projectId && !milestoneByKey.has(key)) milestoneByKey.set(key, milestone);
  }
  const planItemByKey = new Map<string, ImportedPlanItem>();
  for (const item of input.planItems) {
    const key = item.jiraKey ? toIssueKey(item.jiraKey) : undefined;
    if (key && item.projectId === projectId && !planItemByKey.has(key)) planItemByKey.set(key, item);
  }

  // One candidate per key: pages of a search may overlap, and the first sighting wins.
  const issuesByKey = new Map<string, JiraIssue>();
  const candidates: Candidate[] = [];
  for (const issue of input.issues) {
    const key = toIssueKey(issue.key);
    if (!key) {
      summary.skipped.push({ jiraKey: issue.key.slice(0, 50), reason: 'invalid' });
      continue;
    }
    if (issuesByKey.has(key)) continue;
    issuesByKey.set(key, issue);
    const due = dueDateOfIssue(issue);
    if (due === undefined) summary.skipped.push({ jiraKey: key, reason: 'no_due_date' });
    else if (!isCalendarDate(due)) summary.skipped.push({ jiraKey: key, reason: 'invalid' });
    else candidates.push({ issue, key, due });
  }

  const milestoneMutations: PlannedMutation[] = [];
  const planItemMutations: PlannedMutation[] = [];
  const milestoneIdByKey = new Map([...milestoneByKey].map(([key, milestone]) => [key, milestone.id]));
  const itemCandidates: Candidate[] = [];

  // A key already imported keeps its kind, whatever its issue type says now: never a second record.
  for (const candidate of candidates) {
    const existing = milestoneByKey.get(candidate.key);
    if (existing) milestoneMutations.push(...planMilestoneUpdate(existing, candidate, summary));
    else if (planItemByKey.has(candidate.key) || !isEpic(candidate.issue)) itemCandidates.push(candidate);
    else {
      const id = newId();
      milestoneIdByKey.set(candidate.key, id);
      const date = candidate.due;
      milestoneMutations.push({
        name: 'milestone.create',
        jiraKey: candidate.key,
        args: {
          id,
          projectId,
          title: titleOf(candidate.issue),
          baselineDate: date,
          forecastDate: date,
          jiraKey: candidate.key,
        },
      });
      summary.createdMilestones += 1;
    }
  }

  const findMilestone = createMilestoneResolver(issuesByKey, milestoneIdByKey, planItemByKey);
  for (const candidate of itemCandidates) {
    const existing = planItemByKey.get(candidate.key);
    if (existing) {
      planItemMutations.push(...planItemUpdate(existing, candidate, summary));
      continue;
    }
    const milestoneId = findMilestone(candidate.issue);
    planItemMutations.push({
      name: 'planItem.create',
      jiraKey: candidate.key,
      args: {
        id: newId(),
        projectId,
        title: titleOf(candidate.issue),
        end: candidate.due,
        jiraKey: candidate.key,
        ...(milestoneId ? { milestoneId } : {}),
      },
    });
    summary.createdPlanItems += 1;
  }
  return { mutations: [...milestoneMutations, ...planItemMutations], summary };
}

function planMilestoneUpdate(
  milestone: ImportedMilestone,
  { key, due }: Candidate,
  summary: JiraImportSummary,
): PlannedMutation[] {
  if (milestone.actualDate || (milestone.baselineDate && milestone.forecastDate === due)) {
    summary.unchanged += 1;
    return [];
  }
  if (milestone.forecastDate !== due)
    summary.forecastChanges.push({ jiraKey: key, title: milestone.title, from: milestone.forecastDate, to: due });
  else summary.unchanged += 1;
  // A milestone linked by hand has no baseline yet: its first import sets it, like a created one.
  if (!milestone.baselineDate)
    return [
      {
        name: 'milestone.update',
        jiraKey: key,
        args: { id: milestone.id, patch: { baselineDate: due, forecastDate: due } },
      },
    ];
  return [
    {
      name: 'milestone.reschedule',
      jiraKey: key,
      args: { id: milestone.id, forecastDate: due, reason: `Jira ${key}` },
    },
  ];
}

function planItemUpdate(
  item: ImportedPlanItem,
  { key, due }: Candidate,
  summary: JiraImportSummary,
): PlannedMutation[] {
  if (item.end === due) {
    summary.unchanged += 1;
    return [];
  }
  summary.forecastChanges.push({ jiraKey: key, title: item.title, ...(item.end ? { from: item.end } : {}), to: due });
  return [{ name: 'planItem.update', jiraKey: key, args: { id: item.id, patch: { end: due } } }];
}
