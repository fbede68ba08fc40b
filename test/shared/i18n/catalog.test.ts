import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { catalogs, formatMessage, formatMessageRef } from '../../../shared/i18n/format-message';
import { fr } from '../../../shared/i18n/fr';
import { dateParam, type MessageKey, messageRef } from '../../../shared/i18n/message-ref';

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(en) as MessageKey[];

describe('message catalog', () => {
  it('has the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
  });

  it('uses the same placeholders in both languages for every key', () => {
    const mismatches = keys.filter((key) => placeholdersOf(en[key]).join() !== placeholdersOf(fr[key]).join());
    expect(mismatches).toEqual([]);
  });

  it('has no empty text and no stray brace', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const key of keys) {
        const text = catalogs[language][key];
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(text.replace(/\{\w+\}/g, ''), `${language} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('keeps every coaching text to one to three sentences', () => {
    for (const key of keys.filter((k) => k.endsWith('.coaching'))) {
      for (const text of [en[key], fr[key]]) {
        const sentences = text.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '');
        expect(sentences.length, key).toBeGreaterThanOrEqual(1);
        expect(sentences.length, key).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders and formats numbers for the language', () => {
    const params = { spi: 0.8234, threshold: 0.85 };
    expect(formatMessage('en', 'rag.schedule.spiRed', params)).toBe('SPI is 0.82, below the amber threshold of 0.85.');
    expect(formatMessage('fr', 'rag.schedule.spiRed', params)).toBe('Le SPI vaut 0,82, sous le seuil orange de 0,85.');
  });

  it('formats dates as calendar days in the language, whatever the time zone', () => {
    const params = { title: 'Go-live', forecastDate: dateParam('2026-03-02'), days: 14 };
    expect(formatMessage('en', 'health.milestoneOverdue.message', params)).toBe(
      'Milestone Go-live was forecast for Mar 2, 2026 and is not done (14 days ago).',
    );
    expect(formatMessage('fr', 'health.milestoneOverdue.message', params)).toBe(
      'Le jalon Go-live était prévu le 2 mars 2026 et n’est pas atteint (il y a 14 jours).',
    );
  });

  it('formats nested messages and joins lists the way each language does', () => {
    const titles = ['Go-live', 'UAT'].map((text) => messageRef('term.quoted', { text }));
    const reason = messageRef('rag.schedule.mandatoryOverdue', { count: 2, titles });
    expect(formatMessageRef('en', reason)).toBe(
      'Mandatory milestones are past their forecast and not done (2: “Go-live” and “UAT”).',
    );
    expect(formatMessageRef('fr', reason)).toBe(
      'Des jalons obligatoires ont dépassé leur date prévue sans être atteints (2 : « Go-live » et « UAT »).',
    );
  });

  it('leaves a missing param visible instead of printing "undefined"', () => {
    expect(formatMessage('en', 'health.riskWithoutOwner.message', {})).toBe('Risk {title} has no owner.');
  });

  it('checks params against the key at compile time', () => {
    // @ts-expect-error: "name" is not a placeholder of this message, "title" is missing
    const wrong = messageRef('health.riskWithoutOwner.message', { name: 'x' });
    expect(wrong.key).toBe('health.riskWithoutOwner.message');
    // @ts-expect-error: not a key of the catalog
    expect(() => formatMessage('en', 'health.noSuchRule.message')).not.toThrow();
    // @ts-expect-error: a French catalog missing keys does not compile
    const incomplete: typeof fr = { 'term.quoted': '« {text} »' };
    expect(Object.keys(incomplete)).toHaveLength(1);
  });
});
