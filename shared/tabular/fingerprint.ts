import type { ImportEntity } from './types';

/** Lower case, accents removed, runs of whitespace folded to one space, trimmed: "  Retard  Fournisseur " = "retard fournisseur". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const textOf = (value: unknown) => (typeof value === 'string' ? normalizeText(value) : '');

/**
 * What identifies a row's record when the sheet has no id column: its normalised title (statement
 * for decisions, name for people); an allocation is its person, project and start. Stable across
 * re-imports of the same sheet, whatever the case, accents or spacing of the text.
 */
export function fingerprintOf(entity: ImportEntity, fields: Record<string, unknown>): string {
  switch (entity) {
    case 'allocation':
      return `allocation:${String(fields.personId ?? '')}|${String(fields.projectId ?? '')}|${String(fields.from ?? '')}`;
    case 'decision':
      return `decision:${textOf(fields.statement)}`;
    case 'person':
      return `person:${textOf(fields.name)}`;
    default:
      return `${entity}:${textOf(fields.title)}`;
  }
}
