import { en } from './en';
import { fr } from './fr';
import type { MessageKey, MessageParams, MessageRef, ParamValue } from './message-ref';

/** Languages of the catalog (the workspace setting `language`). */
export type Language = 'en' | 'fr';

/** The message texts per language; French is typed by the English keys, so a missing key fails to compile. */
export const catalogs: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, fr };

interface Formatters {
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  list: Intl.ListFormat;
}
const formatterCache = new Map<Language, Formatters>();

function formattersFor(language: Language): Formatters {
  let formatters = formatterCache.get(language);
  if (!formatters) {
    formatters = {
      number: new Intl.NumberFormat(language, { maximumFractionDigits: 2 }),
      // Dates are calendar days: format them in UTC so the reader's offset never shifts the day.
      date: new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
      list: new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }),
    };
    formatterCache.set(language, formatters);
  }
  return formatters;
}

function isMessageRef(value: object): value is MessageRef {
  return 'key' in value && 'params' in value;
}

function formatParam(language: Language, value: ParamValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formattersFor(language).number.format(value);
  if (Array.isArray(value)) {
    return formattersFor(language).list.format(value.map((item: ParamValue) => formatParam(language, item)));
  }
  if (isMessageRef(value)) return formatMessage(language, value.key, value.params);
  const { date } = value as { date: string };
  return formattersFor(language).date.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/**
 * The text of `key` in `language` with each `{name}` replaced by its formatted param. A param
 * left out stays as `{name}` in the text, so the gap shows instead of silently reading wrong.
 */
export function formatMessage(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const text = catalogs[language][key] ?? catalogs.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? formatParam(language, params[name]) : placeholder,
  );
}

/** formatMessage for a MessageRef, e.g. a suggested RAG's reason. */
export function formatMessageRef(language: Language, ref: MessageRef): string {
  return formatMessage(language, ref.key, ref.params);
}
