import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { HistoryEntry } from '../../../../shared/api/history';
import { type EntityName, entityNames } from '../../../../shared/entities';
import { formatMessageRef } from '../../../../shared/i18n/format-message';
import { entityStartTerm } from '../../../../shared/mutations/entity-labels';
import { mutationNames } from '../../../../shared/mutations/registry';
import { readUiLanguage } from '../../../messaging/ui-language';
import { fieldLabel } from '../../import/field-labels';

/** Whether a name from the Worker is one of our entities (entries are plain text on the wire). */
export function isEntityName(entity: string): entity is EntityName {
  return (entityNames as readonly string[]).includes(entity);
}

/** "Risk", "Plan item" … in the reader's language; the raw name for an entity this version does not know. */
export function formatEntityName(entity: string): string {
  return isEntityName(entity) ? formatMessageRef(readUiLanguage(), entityStartTerm(entity)) : entity;
}

/**
 * "Risk change", "Milestone reschedule" … (`mutations.<name>` of the locales, which are written to
 * sit inside a sentence, so the first letter is raised here); the raw name if unknown.
 */
export function formatMutationName(mutation: string): string {
  if (!(mutationNames as readonly string[]).includes(mutation)) return mutation;
  const words: string = i18n.t(`mutations.${mutation}` as never);
  return words.charAt(0).toLocaleUpperCase(browser.i18n.getUILanguage()) + words.slice(1);
}

/**
 * A field's label for a reader: the import page's name for it when there is one, else the field's
 * own name split into words ("managerName" → "Manager name"). Editors pass their own labels.
 */
export function formatFieldName(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return fieldLabel(field, words.charAt(0).toUpperCase() + words.slice(1));
}

/** `2 Mar 2026, 09:41` in the browser's language and time zone. */
export function formatWhen(at: string): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return at;
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    time,
  );
}

/** Who made the change: their name, or "a former member" when the directory no longer knows them. */
export function formatAuthor(entry: HistoryEntry): string {
  return entry.byName ?? i18n.t('adminActivity.formerMember');
}

/** A record's name as people know it (title, name, statement, code), from a stored value. */
export function readRecordName(value: Readonly<Record<string, unknown>> | null | undefined): string | undefined {
  for (const field of ['title', 'name', 'statement', 'code']) {
    const text = value?.[field];
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return undefined;
}

/** The name an entry itself carries: the title it set or had (a create, a rename, a delete). */
export function readEntryName(entry: HistoryEntry): string | undefined {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, change] of Object.entries(entry.changes)) {
    before[field] = change.from;
    after[field] = change.to;
  }
  return readRecordName(after) ?? readRecordName(before);
}
