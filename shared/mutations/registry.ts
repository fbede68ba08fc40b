import type { AnyRecord } from '../entities';
import { fail } from '../result';
import { ProjectFieldsSchema, ProjectSchema } from '../schemas/project';
import { RiskFieldsSchema, RiskSchema } from '../schemas/risk';
import { defineEntityMutators } from './entity-mutators';
import type { Mutator } from './types';

const projectMutators = defineEntityMutators({
  entity: 'project',
  record: ProjectSchema as never,
  fields: ProjectFieldsSchema,
});

const riskMutators = defineEntityMutators({
  entity: 'risk',
  record: RiskSchema as never,
  fields: RiskFieldsSchema,
  createReads: (fields) => [{ entity: 'project', id: fields.projectId }],
  checkCreate: (fields, read) =>
    read('project', fields.projectId)
      ? undefined
      : fail(
          'not_found',
          `Project ${fields.projectId} does not exist (it may have been deleted); pick another project.`,
        ),
});

/** Every mutation the server accepts, by name. Client and Durable Object use this one map. */
export const mutators = {
  'project.create': projectMutators.create,
  'project.update': projectMutators.update,
  'project.delete': projectMutators.delete,
  'risk.create': riskMutators.create,
  'risk.update': riskMutators.update,
  'risk.delete': riskMutators.delete,
};

export type MutationName = keyof typeof mutators;
export const mutationNames = Object.keys(mutators) as [MutationName, ...MutationName[]];

export type MutationArgs<N extends MutationName> = (typeof mutators)[N] extends Mutator<infer A> ? A : never;

export type { AnyRecord };
