import type { z } from 'zod';
import { ProjectFieldsSchema, ProjectSchema } from './schemas/project';
import { RiskFieldsSchema, RiskSchema } from './schemas/risk';

/** Every synced entity, its full record schema and its editable fields. */
export const entitySchemas = {
  project: { record: ProjectSchema, fields: ProjectFieldsSchema },
  risk: { record: RiskSchema, fields: RiskFieldsSchema },
} as const;

export type EntityName = keyof typeof entitySchemas;
export const entityNames = Object.keys(entitySchemas) as EntityName[];

export type EntityRecord<E extends EntityName> = z.infer<(typeof entitySchemas)[E]['record']>;
/** A stored record of any entity, as it travels in pull patches and sits in caches. */
export type AnyRecord = { id: string; version: number } & Record<string, unknown>;
