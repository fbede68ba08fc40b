import type { z } from 'zod';
import { CostEntryFieldsSchema, CostEntrySchema } from './schemas/costs';
import { GateReviewFieldsSchema, GateReviewSchema } from './schemas/gate-review';
import { LessonFieldsSchema, LessonSchema } from './schemas/lesson';
import { TemplateFieldsSchema, TemplateSchema } from './schemas/methodology';
import {
  BaselineFieldsSchema,
  BaselineSchema,
  MilestoneFieldsSchema,
  MilestoneSchema,
  PlanItemFieldsSchema,
  PlanItemSchema,
} from './schemas/plan';
import { PlaybookFieldsSchema, PlaybookSchema } from './schemas/playbooks';
import { ProjectFieldsSchema, ProjectSchema } from './schemas/project';
import {
  ActionFieldsSchema,
  ActionSchema,
  DecisionFieldsSchema,
  DecisionSchema,
  IssueFieldsSchema,
  IssueSchema,
} from './schemas/raid';
import {
  AllocationFieldsSchema,
  AllocationSchema,
  PersonFieldsSchema,
  PersonSchema,
  RaciFieldsSchema,
  RaciSchema,
} from './schemas/resources';
import { RiskFieldsSchema, RiskSchema } from './schemas/risk';
import { StatusReportFieldsSchema, StatusReportSchema } from './schemas/status-report';
import { WorkspaceSettingsFieldsSchema, WorkspaceSettingsSchema } from './schemas/workspace-settings';

/**
 * Every synced entity (docs/domain.md "Entities"): its full record schema (with cross-field rules) and
 * its editable fields (a plain object, so updates can patch any subset of them).
 */
export const entitySchemas = {
  settings: { record: WorkspaceSettingsSchema, fields: WorkspaceSettingsFieldsSchema },
  template: { record: TemplateSchema, fields: TemplateFieldsSchema },
  project: { record: ProjectSchema, fields: ProjectFieldsSchema },
  milestone: { record: MilestoneSchema, fields: MilestoneFieldsSchema },
  planItem: { record: PlanItemSchema, fields: PlanItemFieldsSchema },
  baseline: { record: BaselineSchema, fields: BaselineFieldsSchema },
  risk: { record: RiskSchema, fields: RiskFieldsSchema },
  issue: { record: IssueSchema, fields: IssueFieldsSchema },
  decision: { record: DecisionSchema, fields: DecisionFieldsSchema },
  action: { record: ActionSchema, fields: ActionFieldsSchema },
  statusReport: { record: StatusReportSchema, fields: StatusReportFieldsSchema },
  person: { record: PersonSchema, fields: PersonFieldsSchema },
  allocation: { record: AllocationSchema, fields: AllocationFieldsSchema },
  raci: { record: RaciSchema, fields: RaciFieldsSchema },
  gateReview: { record: GateReviewSchema, fields: GateReviewFieldsSchema },
  lesson: { record: LessonSchema, fields: LessonFieldsSchema },
  costEntry: { record: CostEntrySchema, fields: CostEntryFieldsSchema },
  playbook: { record: PlaybookSchema, fields: PlaybookFieldsSchema },
} as const;

export type EntityName = keyof typeof entitySchemas;
export const entityNames = Object.keys(entitySchemas) as [EntityName, ...EntityName[]];

export type EntityRecord<E extends EntityName> = z.infer<(typeof entitySchemas)[E]['record']>;
/** A stored record of any entity, as it travels in pull patches and sits in caches. */
export type AnyRecord = { id: string; version: number } & Record<string, unknown>;
