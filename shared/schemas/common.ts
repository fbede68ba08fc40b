import { z } from 'zod';

/** Client-generated ids are UUIDs so offline clients never collide. */
export const IdSchema = z.uuid();

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
/** A calendar day, `YYYY-MM-DD`: plans and registers reason in days, not instants. */
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

/**
 * Characters that make text lie about itself: NUL and the other control characters (line breaks and
 * tabs excepted), the bidi embeddings, overrides and isolates that reorder what follows them
 * (`adm\u202Enimo` shows as "adminomi"), and halves of surrogate pairs, which no encoder can write.
 * Marks such as U+200F that right-to-left scripts need are kept.
 */
const deceptiveCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without deceptive characters (see above); line breaks and tabs stay. Pure, for the UI to preview too. */
export function stripDeceptiveText(text: string): string {
  return text.replace(deceptiveCharacters, '');
}

/** One line of text: deceptive characters dropped, line breaks and tabs turned into spaces. */
export function toSingleLine(text: string): string {
  return stripDeceptiveText(text).replace(/[\t\n\r]+/g, ' ');
}

/** One line of trimmed text, possibly empty, with a length limit: roles, categories, names of who decided. */
export const lineText = (max: number) =>
  z.string().overwrite(toSingleLine).trim().max(max, `must be at most ${max} characters`);

/** Trimmed, non-empty text on one line with a length limit, for titles and names. */
export const titleText = (max: number) => lineText(max).min(1, 'must not be empty');

/**
 * Free text a person writes (descriptions, rationale): kept as written but for deceptive
 * characters, never rendered as HTML.
 */
export const longText = (max = 5000) =>
  z.string().overwrite(stripDeceptiveText).max(max, `must be at most ${max} characters`);

/** An amount in the workspace currency. */
export const MoneySchema = z.number().finite('must be a number').min(0, 'must not be negative');

/** A person named on a record: a member id when they have an account, else just a name. */
export const PersonRefSchema = z.object({
  memberId: z.string().max(100).optional(),
  personId: IdSchema.optional(),
  name: titleText(200),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** A link from one record to another, e.g. a decision to the risk it settles. */
export const ItemLinkSchema = z.object({
  entity: z.string().max(40),
  id: IdSchema,
});
export type ItemLink = z.infer<typeof ItemLinkSchema>;

/** Red / amber / green, the traffic light of status reporting. */
export const RagSchema = z.enum(['green', 'amber', 'red']);
export type Rag = z.infer<typeof RagSchema>;

/** Key of an external tool's item, e.g. a Jira issue `PAY-42`. */
export const ExternalKeySchema = lineText(50);

/** A record's id in the register or plan it was imported from (e.g. `R-012`), kept so a re-import matches the row. */
export const SourceRefSchema = lineText(50);
