import type { EntityName } from '../entities';
import { en } from '../i18n/en';
import { type MessageKey, type MessageRef, messageRef, type ParamValue } from '../i18n/message-ref';

/** An entity named inside a sentence: "pick another plan item" (`term.entity.*` in shared/i18n/en.ts). */
export const entityTerm = (entity: EntityName): MessageRef => messageRef(`term.entity.${entity}`, {});

/** An entity named where an English sentence starts: "Plan item 42 no longer exists". */
export const entityStartTerm = (entity: EntityName): MessageRef => messageRef(`term.entity.${entity}.start`, {});

/** An entity with its article, as the object of a sentence: "not an action", "not the workspace settings". */
export const entityIndefiniteTerm = (entity: EntityName): MessageRef =>
  messageRef(`term.entity.${entity}.indefinite`, {});

/**
 * Values joined "a, b, c" (no "and": the English messages were written that way), each in the
 * reader's language when it is a message.
 */
export function joinWithCommas(values: readonly ParamValue[]): ParamValue {
  if (values.length === 0) return '';
  return values.reduceRight((rest, first) => messageRef('term.list.more', { first, rest }));
}

/**
 * A stored value named by the catalog term `<group>.<value>` (a role, a gate decision, a RAG colour,
 * whose English term is the value itself), or the value as text when the catalog has no such term.
 */
export function termOrText(group: string, value: unknown): ParamValue {
  const key = `${group}.${String(value)}`;
  return Object.hasOwn(en, key) ? { key: key as MessageKey, params: {} } : String(value);
}
