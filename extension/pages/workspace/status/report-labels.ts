import { i18n } from '#i18n';
import type { LightName } from '../../../../shared/reports/report-lights';
import type { Rag } from '../../../../shared/schemas/common';
import type { ProjectView } from '../project-view';
import type { DraftField } from './use-report-draft';

/** A light's name as the tab labels it ("Schedule", "Délais"). */
export function lightLabel(name: LightName): string {
  return i18n.t(`workspaceStatus.lights.${name}`);
}

/** A RAG in words ("Amber", "Orange"), so colour is never the only signal. */
export function ragLabel(rag: Rag): string {
  return i18n.t(`workspaceStatus.rag.${rag}`);
}

/** A draft field as its form labels it, for a conflict over it. */
export function fieldLabel(field: string): string {
  const labels: Record<DraftField, () => string> = {
    periodStart: () => i18n.t('workspaceStatus.periodStart'),
    periodEnd: () => i18n.t('workspaceStatus.periodEnd'),
    overall: () => lightLabel('overall'),
    dimensions: () => i18n.t('workspaceStatus.lightsTitle'),
    summary: () => i18n.t('workspaceStatus.summary'),
    achievements: () => i18n.t('workspaceStatus.achievements'),
    nextPeriod: () => i18n.t('workspaceStatus.nextPeriod'),
    escalations: () => i18n.t('workspaceStatus.escalations'),
    keyRiskIds: () => i18n.t('workspaceStatus.keyRisksTitle'),
    keyIssueIds: () => i18n.t('workspaceStatus.keyIssuesTitle'),
    milestoneForecasts: () => i18n.t('workspaceStatus.milestonesTitle'),
  };
  return labels[field as DraftField]?.() ?? field;
}

/**
 * A member's name from what this page knows (reports store member ids): the reader, a person of the
 * workspace with that account, the project's manager; else undefined.
 */
export function findMemberName(view: ProjectView, memberId: string | undefined): string | undefined {
  if (!memberId) return undefined;
  if (memberId === view.member.id) return view.member.name;
  const person = view.persons.find((candidate) => candidate.memberId === memberId);
  if (person) return person.name;
  const { project } = view.records;
  return project.managerId === memberId ? project.managerName : undefined;
}
