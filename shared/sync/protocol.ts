import { z } from 'zod';
import { entityNames } from '../entities';
import { mutationNames } from '../mutations/registry';
import { AppErrorSchema } from '../result';

/** Push limits (docs/sync.md "Limits"): larger requests get 413 with a message saying how to split them. */
export const maxMutationsPerPush = 500;
export const maxPushBytes = 1024 * 1024;
export const defaultPullLimit = 1000;
export const maxPullLimit = 5000;
/**
 * Pull pages are cut by size too (the records' JSON), so a page of long texts costs the client no
 * more to write than one of short ones: the client writes a page while the next one travels.
 */
export const defaultPullPageBytes = 512 * 1024;
export const minPullPageBytes = 16 * 1024;
export const maxPullPageBytes = 4 * 1024 * 1024;

const ClientIdSchema = z.string().min(1).max(64);

export const PushMutationSchema = z.object({
  clientId: ClientIdSchema,
  id: z.number().int().positive(),
  name: z.enum(mutationNames, { error: (issue) => `unknown mutation "${String(issue.input)}"` }),
  args: z.unknown(),
  clientTime: z.iso.datetime({ offset: true }),
});
export type PushMutation = z.infer<typeof PushMutationSchema>;

export const PushRequestSchema = z.object({
  clientGroupId: ClientIdSchema,
  mutations: z
    .array(PushMutationSchema)
    .max(maxMutationsPerPush, `at most ${maxMutationsPerPush} mutations per push; send the rest in another push`),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const MutationOutcomeSchema = z.object({
  clientId: ClientIdSchema,
  id: z.number().int(),
  status: z.enum(['applied', 'skipped', 'rejected']),
  error: AppErrorSchema.optional(),
});
export type MutationOutcome = z.infer<typeof MutationOutcomeSchema>;

export const PushResponseSchema = z.object({ results: z.array(MutationOutcomeSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** `epoch` changes when tombstones are pruned; a cookie of another epoch gets `clear` + full state. */
export const CookieSchema = z.object({ version: z.number().int().nonnegative(), epoch: z.string().max(64) });
export type Cookie = z.infer<typeof CookieSchema>;

export const PullRequestSchema = z.object({
  clientGroupId: ClientIdSchema,
  cookie: CookieSchema.nullable(),
  limit: z.number().int().min(1).max(maxPullLimit).optional(),
  /** Cut the page once its records' JSON passes this many bytes (at least one whole version always comes). */
  maxBytes: z.number().int().min(minPullPageBytes).max(maxPullPageBytes).optional(),
});
export type PullRequest = z.infer<typeof PullRequestSchema>;

const EntityNameSchema = z.enum(entityNames as [string, ...string[]]);

export const PatchOpSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('put'),
    entity: EntityNameSchema,
    id: z.string(),
    value: z.looseObject({ id: z.string(), version: z.number().int() }),
  }),
  z.object({ op: z.literal('del'), entity: EntityNameSchema, id: z.string() }),
  z.object({ op: z.literal('clear') }),
]);
export type PatchOp = z.infer<typeof PatchOpSchema>;

/** A permanent failure the server recorded for one of this client group's mutations. */
export const MutationErrorSchema = z.object({ clientId: ClientIdSchema, id: z.number().int(), error: AppErrorSchema });
export type MutationError = z.infer<typeof MutationErrorSchema>;

export const PullResponseSchema = z.object({
  cookie: CookieSchema,
  lastMutationIdChanges: z.record(z.string(), z.number().int()),
  mutationErrors: z.array(MutationErrorSchema),
  patch: z.array(PatchOpSchema),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;
