import type { EntityName } from '../entities';

/** How each entity is named in the messages a person reads. */
export const entityLabels: Record<EntityName, string> = {
  settings: 'Workspace settings',
  template: 'Methodology template',
  project: 'Project',
  milestone: 'Milestone',
  planItem: 'Plan item',
  baseline: 'Baseline',
  risk: 'Risk',
  issue: 'Issue',
  decision: 'Decision',
  action: 'Action',
  statusReport: 'Status report',
  person: 'Person',
  allocation: 'Allocation',
  raci: 'RACI entry',
  gateReview: 'Gate review',
  lesson: 'Lesson learned',
};

/** The label in the middle of a sentence: "pick another plan item". */
export const lowerLabel = (entity: EntityName) =>
  entity === 'raci' ? 'RACI entry' : entityLabels[entity].toLowerCase();
