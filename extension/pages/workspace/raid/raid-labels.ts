import { i18n } from '#i18n';
import type { LinkedRecord } from '../../../../shared/analytics/raid/raid-links';
import type { Template } from '../../../../shared/schemas/methodology';
import type { Issue } from '../../../../shared/schemas/raid';
import { formatDay } from '../format';

/** The three lists of the tab, in the order they are shown. */
export const raidKinds = ['issues', 'decisions', 'actions'] as const;
export type RaidKind = (typeof raidKinds)[number];

/** The entity each list holds. */
export const entityOfKind = { issues: 'issue', decisions: 'decision', actions: 'action' } as const;
export type RaidEntity = (typeof entityOfKind)[RaidKind];

export const issueTypes: Issue['type'][] = ['problem', 'change_request', 'off_specification'];
export const priorities: Issue['priority'][] = ['low', 'medium', 'high', 'critical'];
export const issueStatuses: Issue['status'][] = ['open', 'in_progress', 'resolved', 'closed'];
export const escalationLevels: Issue['escalationLevel'][] = ['project', 'programme', 'portfolio', 'board'];
export const severities = [1, 2, 3, 4, 5] as const;

export const describeIssueType = (type: Issue['type']) => i18n.t(`workspaceRaid.issueTypes.${type}` as const);
export const describePriority = (priority: Issue['priority']) =>
  i18n.t(`workspaceRaid.priorities.${priority}` as const);
export const describeIssueStatus = (status: Issue['status']) =>
  i18n.t(`workspaceRaid.issueStatuses.${status}` as const);
export const describeEscalation = (level: Issue['escalationLevel']) =>
  i18n.t(`workspaceRaid.escalationLevels.${level}` as const);
/** Severity 1–5 reads like the impact it came from (an occurred risk's impact becomes its issue's severity). */
export const describeSeverity = (severity: number) =>
  i18n.t('workspaceRaid.severityOption', [
    String(severity),
    i18n.t(`ratings.impact.level${severity as (typeof severities)[number]}` as const),
  ]);
export const describeActionState = (done: boolean) => i18n.t(`workspaceRaid.actionStates.${done ? 'done' : 'open'}`);

/** The chip tone of a priority: the score bands' colours, always beside the priority's name. */
export const priorityTone: Record<Issue['priority'], string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
};

/** What a linked record is called on screen: its kind, then its title (a gate review by its target phase). */
export function describeLinkedRecord(linked: LinkedRecord, template: Template | undefined): string {
  if (linked.entity !== 'gateReview') return linked.title;
  const phase = template?.phases.find((candidate) => candidate.id === linked.record.toPhaseId);
  return phase
    ? i18n.t('workspaceRaid.gateInto', [phase.name])
    : i18n.t('workspaceRaid.gateReview', [formatDay(linked.record.requestedAt.slice(0, 10))]);
}

export const describeLinkKind = (entity: string) =>
  ['risk', 'issue', 'decision', 'action', 'gateReview'].includes(entity)
    ? i18n.t(`workspaceRaid.linkKinds.${entity as 'risk'}` as const)
    : entity;
