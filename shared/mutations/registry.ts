import type { AnyRecord } from '../entities';
import { costEntryMutators } from './entities/costs';
import { gateReviewMutators } from './entities/gate-review';
import { lessonMutators } from './entities/lesson';
import { baselineMutators, milestoneMutators, planItemMutators } from './entities/plan';
import { playbookMutators } from './entities/playbook';
import { projectMutators } from './entities/project';
import { actionMutators, decisionMutators, issueMutators } from './entities/raid';
import { allocationMutators, personMutators, raciMutators } from './entities/resources';
import { riskMutators } from './entities/risk';
import { statusReportMutators } from './entities/status-report';
import { settingsMutators, templateMutators } from './entities/workspace';
import { nameMutators } from './entity-mutators';
import { costImport } from './intents/cost-import';
import { gateDecide } from './intents/gate-decide';
import { gateRequest } from './intents/gate-request';
import { milestoneRebaseline } from './intents/milestone-rebaseline';
import { milestoneReschedule } from './intents/milestone-reschedule';
import { projectChangePhase } from './intents/project-change-phase';
import { riskEscalate } from './intents/risk-escalate';
import { riskOccurred } from './intents/risk-occurred';
import { statusSubmit } from './intents/status-submit';
import type { Mutator } from './types';

/**
 * Every mutation the server accepts, by name: `<entity>.create | update | delete` for every
 * entity, then the intent-level mutations. Client and Durable Object use this one map.
 */
export const mutators = {
  ...nameMutators('settings', settingsMutators),
  ...nameMutators('template', templateMutators),
  ...nameMutators('project', projectMutators),
  ...nameMutators('milestone', milestoneMutators),
  ...nameMutators('planItem', planItemMutators),
  ...nameMutators('baseline', baselineMutators),
  ...nameMutators('risk', riskMutators),
  ...nameMutators('issue', issueMutators),
  ...nameMutators('decision', decisionMutators),
  ...nameMutators('action', actionMutators),
  ...nameMutators('statusReport', statusReportMutators),
  ...nameMutators('person', personMutators),
  ...nameMutators('allocation', allocationMutators),
  ...nameMutators('raci', raciMutators),
  ...nameMutators('gateReview', gateReviewMutators),
  ...nameMutators('lesson', lessonMutators),
  ...nameMutators('costEntry', costEntryMutators),
  ...nameMutators('playbook', playbookMutators),
  'milestone.reschedule': milestoneReschedule,
  'milestone.rebaseline': milestoneRebaseline,
  'risk.escalate': riskEscalate,
  'risk.occurred': riskOccurred,
  'status.submit': statusSubmit,
  'gate.request': gateRequest,
  'gate.decide': gateDecide,
  'project.changePhase': projectChangePhase,
  'costEntry.import': costImport,
};

export type MutationName = keyof typeof mutators;
export const mutationNames = Object.keys(mutators) as [MutationName, ...MutationName[]];

export type MutationArgs<N extends MutationName> = (typeof mutators)[N] extends Mutator<infer A> ? A : never;

export type { AnyRecord };
