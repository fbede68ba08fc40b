import { z } from 'zod';

/** Client-generated ids are UUIDs so offline clients never collide. */
export const IdSchema = z.uuid();

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export const IsoDateSchema = z.iso.date();

export const RoleSchema = z.enum(['owner', 'pmo', 'pm', 'contributor', 'viewer']);
export type Role = z.infer<typeof RoleSchema>;

/** Fields every synced record carries; stamped by the mutators, never sent by a client. */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  createdBy: z.string(),
  updatedAt: IsoDateTimeSchema,
  updatedBy: z.string(),
  /** Server version that last touched the record; 0 while it exists only on this client. */
  version: z.number().int().nonnegative(),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

export const metaFieldNames = ['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'version'] as const;

/** Trimmed, non-empty text with a length limit, for titles and names. */
export const titleText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
