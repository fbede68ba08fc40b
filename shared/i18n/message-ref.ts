import type { en } from './en';

/** Every message in the catalog; French must define the same keys (see fr.ts). */
export type MessageKey = keyof typeof en;

/** The `{name}` placeholders of a message text, as a union of names. */
export type PlaceholderNames<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;

/** A calendar day to format in the reader's language (`YYYY-MM-DD`). */
export interface DateParam {
  date: string;
}

/**
 * A value for a placeholder: text and numbers as they are (numbers formatted for the language),
 * a date, another message (e.g. a reason inside a sentence) or a list of them (joined "a, b and c").
 */
export type ParamValue = string | number | DateParam | MessageRef | readonly ParamValue[];

export type MessageParams = Readonly<Record<string, ParamValue>>;

/** A message to show later in the reader's language: a catalog key and its placeholder values. */
export interface MessageRef {
  key: MessageKey;
  params: MessageParams;
}

/** The exact params a key needs: one value per placeholder, checked at compile time. */
export type ParamsOf<Key extends MessageKey> = { readonly [Name in PlaceholderNames<(typeof en)[Key]>]: ParamValue };

/** Builds a MessageRef whose params match the key's placeholders (a typo is a type error). */
export function messageRef<Key extends MessageKey>(key: Key, params: ParamsOf<Key>): MessageRef {
  return { key, params };
}

/** Wraps a `YYYY-MM-DD` day so formatMessage prints it as a date. */
export function dateParam(isoDate: string): DateParam {
  return { date: isoDate };
}
