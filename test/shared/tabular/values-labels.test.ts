import { describe, expect, it } from 'vitest';
import {
  buildPersonMatcher,
  buildProjectMatcher,
  isTenPointScale,
  normalizeLabel,
  parseBooleanCell,
  parseEnumCell,
  parsePersonCell,
  parseProjectCell,
  parseRatingCell,
} from '../../../shared/tabular';
import { importContext, marieId, otherProjectId, paulId } from './context';

describe('normalizeLabel', () => {
  it('folds case, accents, apostrophes, punctuation and spacing', () => {
    expect(normalizeLabel('  Date d’Échéance ')).toBe('date d echeance');
    expect(normalizeLabel('N°')).toBe('n');
    expect(normalizeLabel('Prob.')).toBe('prob');
    expect(normalizeLabel('% complete')).toBe('% complete');
  });
});

describe('parseRatingCell', () => {
  it('reads French and English labels on the 1–5 scale', () => {
    const cases: [string, number][] = [
      ['Très faible', 1],
      ['Faible', 2],
      ['Moyen', 3],
      ['Modéré', 3],
      ['Élevé', 4],
      ['ELEVE', 4],
      ['Fort', 4],
      ['Très élevé', 5],
      ['Critique', 5],
      ['Very low', 1],
      ['Low', 2],
      ['Medium', 3],
      ['High', 4],
      ['Very high', 5],
      ['Critical', 5],
      ['4 - Élevé', 4],
      ['Élevé (4)', 4],
    ];
    for (const [text, value] of cases)
      expect(parseRatingCell(text, false), text).toMatchObject({ value, rule: 'scale_label' });
  });

  it('takes numbers 1–5 as they are', () => {
    expect(parseRatingCell('3', false)).toEqual({ ok: true, value: 3 });
    expect(parseRatingCell('5', false)).toEqual({ ok: true, value: 5 });
  });

  it('rescales a 1–10 column with ceil(n / 2)', () => {
    expect(parseRatingCell('1', true)).toMatchObject({ value: 1, rule: 'scale_1_10' });
    expect(parseRatingCell('7', true)).toMatchObject({ value: 4, rule: 'scale_1_10' });
    expect(parseRatingCell('10', true)).toMatchObject({ value: 5, rule: 'scale_1_10', shown: '5' });
    expect(parseRatingCell('Élevé', true)).toMatchObject({ value: 4, rule: 'scale_label' });
  });

  it('says 0, 11 and 6 on a 1–5 column are out of range, and unknown words unknown', () => {
    expect(parseRatingCell('0', false)).toMatchObject({ ok: false, code: 'out_of_range' });
    expect(parseRatingCell('0', true)).toMatchObject({ ok: false, code: 'out_of_range' });
    expect(parseRatingCell('11', true)).toEqual({
      ok: false,
      code: 'out_of_range',
      reason: '11 is out of range (1 to 10)',
    });
    expect(parseRatingCell('2.5', false)).toMatchObject({ ok: false, code: 'out_of_range' });
    expect(parseRatingCell('Énorme', false)).toMatchObject({ ok: false, code: 'unknown_value' });
  });

  it('detects a 1–10 column by numbers above 5 and not above 10', () => {
    expect(isTenPointScale(['2', '8', '', '10'])).toBe(true);
    expect(isTenPointScale(['2', '5', '11', '0'])).toBe(false);
  });

  it('keeps a column with scale labels, or a lone number above 5 among hundreds, on 1–5 (the odd number is a typo)', () => {
    expect(isTenPointScale(['2', '8', 'Élevé'])).toBe(false);
    expect(isTenPointScale([...Array.from({ length: 299 }, (_, index) => String((index % 5) + 1)), '9'])).toBe(false);
    expect(isTenPointScale([...Array.from({ length: 19 }, (_, index) => String((index % 5) + 1)), '9'])).toBe(true);
  });
});

describe('parseEnumCell', () => {
  it('reads a status by entity: En cours is mitigating for a risk, in progress for an issue', () => {
    expect(parseEnumCell('risk', 'status', 'En cours')).toMatchObject({ value: 'mitigating', rule: 'enum_synonym' });
    expect(parseEnumCell('issue', 'status', 'En cours')).toMatchObject({ value: 'in_progress' });
    expect(parseEnumCell('risk', 'status', 'Ouvert')).toMatchObject({ value: 'open' });
    expect(parseEnumCell('risk', 'status', 'Fermé')).toMatchObject({ value: 'closed' });
    expect(parseEnumCell('risk', 'status', 'Clos')).toMatchObject({ value: 'closed' });
    expect(parseEnumCell('risk', 'status', 'open')).toEqual({ ok: true, value: 'open' });
    expect(parseEnumCell('action', 'status', 'Terminé')).toMatchObject({ value: true });
    expect(parseEnumCell('action', 'status', 'À faire')).toMatchObject({ value: false });
  });

  it('reads kind, priority, proximity, response strategy and issue type synonyms', () => {
    expect(parseEnumCell('risk', 'kind', 'Opportunité')).toMatchObject({ value: 'opportunity' });
    expect(parseEnumCell('risk', 'kind', 'Menace')).toMatchObject({ value: 'threat' });
    expect(parseEnumCell('issue', 'priority', 'Haute')).toMatchObject({ value: 'high' });
    expect(parseEnumCell('issue', 'priority', 'P1')).toMatchObject({ value: 'critical' });
    expect(parseEnumCell('risk', 'proximity', 'Cette phase')).toMatchObject({ value: 'this_phase' });
    expect(parseEnumCell('risk', 'responseStrategy', 'Atténuer')).toMatchObject({ value: 'mitigate' });
    expect(parseEnumCell('risk', 'responseStrategy', 'Mitigate')).toMatchObject({ value: 'mitigate' });
    expect(parseEnumCell('issue', 'issueType', 'Demande de changement')).toMatchObject({ value: 'change_request' });
    expect(parseEnumCell('issue', 'issueType', 'change_request')).toEqual({ ok: true, value: 'change_request' });
  });

  it('names the values it accepts when a word is unknown', () => {
    expect(parseEnumCell('risk', 'status', 'Peut-être')).toEqual({
      ok: false,
      code: 'unknown_value',
      reason: 'Peut-être is not a known status; use one of: open, mitigating, closed, occurred',
    });
  });
});

describe('parseBooleanCell', () => {
  it('reads yes/no, oui/non, x, true/false', () => {
    for (const text of ['yes', 'Oui', 'x', 'X', 'true', 'VRAI'])
      expect(parseBooleanCell(text), text).toMatchObject({ value: true });
    for (const text of ['no', 'Non', 'false', 'faux', '0'])
      expect(parseBooleanCell(text), text).toMatchObject({ value: false });
    expect(parseBooleanCell('peut-être')).toMatchObject({ ok: false, code: 'unknown_value' });
  });
});

describe('people and projects', () => {
  const match = buildPersonMatcher(importContext());

  it('matches people then members by name (case, accents, word order ignored) or email', () => {
    expect(match('marie dupont')).toEqual({ name: 'Marie Dupont', personId: marieId, memberId: 'member-marie' });
    expect(match('DUPONT Marie')).toMatchObject({ personId: marieId });
    expect(match('Marie.Dupont@Example.fr')).toMatchObject({ personId: marieId });
    expect(match('Chloe Bernard')).toEqual({ name: 'Chloé Bernard', memberId: 'member-chloe' });
    expect(match('chloe@example.fr')).toEqual({ name: 'Chloé Bernard', memberId: 'member-chloe' });
    expect(match('Jean Inconnu')).toBeUndefined();
  });

  it('shows a person_match conversion when the text differs from the stored name', () => {
    expect(parsePersonCell('Paul Martin', match, 'reject')).toEqual({
      ok: true,
      value: { name: 'Paul Martin', personId: paulId },
    });
    expect(parsePersonCell('paul martin', match, 'reject')).toMatchObject({
      rule: 'person_match',
      shown: 'Paul Martin',
    });
  });

  it('rejects an unknown owner, or keeps the name when asked', () => {
    expect(parsePersonCell('Jean Inconnu', match, 'reject')).toEqual({
      ok: false,
      code: 'unknown_owner',
      reason: 'Jean Inconnu matches no person or member of the workspace',
    });
    expect(parsePersonCell(' Jean Inconnu ', match, 'keep_name')).toEqual({
      ok: true,
      value: { name: 'Jean Inconnu' },
    });
  });

  it('matches projects by code, name or id', () => {
    const project = buildProjectMatcher(importContext().projects);
    expect(parseProjectCell('crm', project)).toMatchObject({
      value: otherProjectId,
      rule: 'project_match',
      shown: 'Refonte CRM',
    });
    expect(parseProjectCell('Refonte CRM', project)).toMatchObject({ value: otherProjectId });
    expect(parseProjectCell(otherProjectId, project)).toEqual({ ok: true, value: otherProjectId });
    expect(parseProjectCell('Inconnu', project)).toMatchObject({ ok: false, code: 'unknown_project' });
  });
});
