import { findImportField, importFields } from './fields';
import { headerFillerWords, headerSynonyms, normalizeLabel } from './synonyms';
import type { ImportKind, Mapping } from './types';
import { isDateLike } from './values/dates';

const kinds: readonly ImportKind[] = ['risk', 'raid', 'plan', 'resources'];
const parenthesised = /\([^)]*\)|\[[^\]]*\]/g;

/** Per kind: normalised header name → field key. Canonical export headers come first. */
const headerMaps = new Map<ImportKind, Map<string, string>>();

function headerMapOf(kind: ImportKind): Map<string, string> {
  let map = headerMaps.get(kind);
  if (map) return map;
  map = new Map();
  const keys = new Set(importFields(kind).map((field) => field.key));
  for (const field of importFields(kind)) map.set(normalizeLabel(field.header), field.key);
  for (const { field, names, kinds: only } of headerSynonyms) {
    if (!keys.has(field) || (only && !only.includes(kind))) continue;
    for (const name of names) {
      const key = normalizeLabel(name);
      if (key !== '' && !map.has(key)) map.set(key, field);
    }
  }
  headerMaps.set(kind, map);
  return map;
}

/** The field a header names for a kind: the whole header, then without brackets, then without filler words. */
export function fieldOfHeader(kind: ImportKind, header: string): string | undefined {
  const map = headerMapOf(kind);
  const whole = normalizeLabel(header);
  if (whole === '') return undefined;
  const direct = map.get(whole);
  if (direct) return direct;
  const bare = normalizeLabel(header.replace(parenthesised, ' '));
  const withoutBrackets = bare === '' ? undefined : map.get(bare);
  if (withoutBrackets) return withoutBrackets;
  const words = (bare || whole).split(' ').filter((word) => !headerFillerWords.has(word));
  return words.length === 0 ? undefined : map.get(words.join(' '));
}

const isKnownHeader = (cell: string) => kinds.some((kind) => fieldOfHeader(kind, cell) !== undefined);

/**
 * The index of the header row among the first 20 rows (title lines often sit above a table): the row
 * with the most cells recognised as headers of any kind; date cells count half (week-grid headers).
 */
export function detectHeaderRow(rows: string[][]): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, 20).forEach((row, index) => {
    let score = 0;
    for (const cell of row) {
      if (cell.trim() === '') continue;
      if (isKnownHeader(cell)) score += 1;
      else if (isDateLike(cell)) score += 0.5;
    }
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

const raidTypeHint = /\b(risk|risque|issue|action|decision|r a i d|r i a d)\b/;
const planWords =
  /\b(start|debut|end|fin|finish|duration|duree|milestones?|jalons?|baseline|predecessors?|predecesseurs?|avancement|livrables?|deliverables?|wbs|gantt|tache|task)\b|% complete/;
const resourceWords =
  /\b(capacity|capacite|allocation|affectation|etp|fte|disponibilite|taux|percent|hours per week|heures par semaine)\b/;
const projectWords = /\b(project|projet)\b/;
const amountWords = /^%$|\b(hours|heures|charge)\b/;
const riskWords = /\b(probability|probabilite|likelihood|proba|prob|impact|gravite|vraisemblance)\b/;
const issueWords = /\b(resolution|decided|decideur|decision|incident|issues?|probleme)\b/;
/** Beside a bare Type column, these say the rows are not all risks. */
const raidColumnWords = /\b(done|fait|priority|priorite|due date|severity|issue type)\b/;

/**
 * Which kind of register a header row belongs to: resources (capacity, allocation, % or ≥ 3 date
 * headers), plan (start, end, milestone, duration…), RAID (a Type column naming RAID types, or risk
 * and issue words mixed), else a risk register.
 */
export function detectImportKind(headers: string[]): ImportKind {
  const names = headers.map(normalizeLabel).filter((name) => name !== '');
  const has = (pattern: RegExp) => names.some((name) => pattern.test(name));
  if (headers.filter(isDateLike).length >= 3) return 'resources';
  if (has(/\braid\b/) || names.some((name) => /^type\b/.test(name) && raidTypeHint.test(name.slice(4)))) return 'raid';
  const hasRiskWords = has(riskWords);
  const hasType = names.some((name) => name === 'type');
  if (hasRiskWords) return has(issueWords) || (hasType && has(raidColumnWords)) ? 'raid' : 'risk';
  if (has(resourceWords) || (has(projectWords) && has(amountWords))) return 'resources';
  if (has(planWords)) return 'plan';
  if (hasType) return 'raid';
  return 'risk';
}

/**
 * A field per column from English and French header synonyms; each field is used once (the first
 * column wins), except week columns of a resource grid (headers that read as dates). With no title
 * column, a description column is the title.
 */
export function suggestMapping(kind: ImportKind, headers: string[]): Mapping {
  const used = new Set<string>();
  const mapping: Mapping = headers.map((header) => {
    const field = fieldOfHeader(kind, header);
    if (field && !used.has(field)) {
      used.add(field);
      return field;
    }
    if (kind === 'resources' && !field && isDateLike(header)) return 'week';
    return null;
  });
  if (!used.has('title') && findImportField(kind, 'title')) {
    const description = mapping.indexOf('description');
    if (description !== -1) mapping[description] = 'title';
  }
  return mapping;
}
