import { describe, expect, it } from 'vitest';
import { LessonFieldsSchema, stemWord, suggestLessons, wordStemsOf } from '../../../../shared';
import { aLesson } from './lesson-fixture';

const supplier = aLesson({
  title: 'Supplier delivered the servers late',
  whatHappened: 'The hardware supplier shipped the servers three weeks after the agreed date, so testing started late.',
  recommendation: 'Put delivery dates and penalties in the purchase order.',
  tags: ['supplier', 'procurement'],
});
const sponsor = aLesson({
  title: 'Kick-off without a sponsor stalled',
  whatHappened: 'Nobody could arbitrate the scope, so the steering committee met twice for nothing.',
  tags: ['governance'],
});
const migration = aLesson({
  title: 'Data migration found dirty records',
  whatHappened: 'Sampling hid duplicate customers; the migration rehearsal failed on 12% of the records.',
  tags: ['data', 'migration'],
});
const fournisseur = aLesson({
  title: 'Livraison du fournisseur en retard',
  whatHappened: 'Le fournisseur a livré les licences avec trois semaines de retard.',
  tags: ['fournisseur'],
});
const lessons = [supplier, sponsor, migration, fournisseur];

describe('the words a lesson and a risk are compared on', () => {
  it.each([
    ['delays', 'delay'],
    ['delayed', 'delay'],
    ['delaying', 'delay'],
    ['suppliers', 'supplier'],
    ['dependencies', 'dependency'],
    ['livree', 'livr'],
    ['livrees', 'livr'],
    ['livre', 'livr'],
    ['retarde', 'retard'],
    ['process', 'process'],
    ['late', 'late'],
    ['data', 'data'],
  ])('stems %s as %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('folds accents and case, drops English and French stop words and keeps the first word of each stem', () => {
    expect([...wordStemsOf('The Supplier may deliver the servers LATE; le fournisseur livrera en retard')]).toEqual([
      ['supplier', 'supplier'],
      ['deliver', 'deliver'],
      ['server', 'servers'],
      ['late', 'late'],
      ['fournisseur', 'fournisseur'],
      ['livrera', 'livrera'],
      ['retard', 'retard'],
    ]);
  });
});

describe('suggestLessons', () => {
  it('suggests the lesson whose words a new risk shares, and says which', () => {
    const [first, ...others] = suggestLessons(
      { title: 'Supplier may deliver the servers late', cause: 'Single hardware supplier' },
      lessons,
    );
    expect(first.lesson.id).toBe(supplier.id);
    expect(first.shared).toEqual(['supplier', 'deliver', 'servers', 'late', 'hardware']);
    expect(first.score).toBeGreaterThan(0.6);
    expect(others).toEqual([]);
  });

  it('matches plurals, tenses, accents and French words the same way', () => {
    expect(suggestLessons({ title: 'Retards de livraison des fournisseurs' }, lessons).map((s) => s.lesson.id)).toEqual(
      [fournisseur.id],
    );
    expect(suggestLessons({ title: 'Délai : le FOURNISSEUR livrée en retard' }, lessons)[0].lesson.id).toBe(
      fournisseur.id,
    );
  });

  it('suggests nothing for a risk about something else', () => {
    expect(suggestLessons({ title: 'Office move disrupts the team', effect: 'Lower morale' }, lessons)).toEqual([]);
  });

  it('needs two shared words once the risk has more than one', () => {
    expect(suggestLessons({ title: 'Supplier' }, lessons).map((s) => s.lesson.id)).toEqual([supplier.id]);
    expect(suggestLessons({ title: 'Supplier of office chairs goes bankrupt' }, lessons)).toEqual([]);
  });

  it('stays under the threshold when only a small share of a long risk is shared', () => {
    const risk = {
      title: 'Servers late',
      cause: 'Budget freeze on capital expenditure decided by finance',
      event: 'Procurement cannot sign any purchase before the next quarter',
      effect: 'Go-live postponed and contractors kept longer',
    };
    const all = suggestLessons(risk, lessons, { threshold: 0 });
    expect(all[0].lesson.id).toBe(supplier.id);
    expect(all[0].score).toBeLessThan(0.25);
    expect(suggestLessons(risk, lessons)).toEqual([]);
  });

  it('weighs a word many lessons use less than a rare one, and ranks by score', () => {
    const common = [1, 2, 3].map((n) =>
      aLesson({ title: `Testing window ${n}`, whatHappened: 'Testing was squeezed by late changes.' }),
    );
    const rare = aLesson({ title: 'Certification audit', whatHappened: 'The certification body found testing gaps.' });
    const ranked = suggestLessons({ title: 'Certification testing may slip' }, [...common, rare], { threshold: 0 });
    expect(ranked[0].lesson.id).toBe(rare.id);
    expect(ranked[0].shared).toEqual(['certification', 'testing']);
  });

  it('keeps to the limit and answers nothing for an empty risk or no lessons', () => {
    const many = [1, 2, 3, 4].map((n) =>
      aLesson({ title: `Supplier late ${n}`, whatHappened: 'Supplier late again.' }),
    );
    expect(suggestLessons({ title: 'Supplier late' }, many, { limit: 2 })).toHaveLength(2);
    expect(suggestLessons({ title: '  the  ' }, many)).toEqual([]);
    expect(suggestLessons({ title: 'Supplier late' }, [])).toEqual([]);
  });
});

describe('the lesson schema', () => {
  it('stores tags as lowercase words and refuses what is not one', () => {
    const parsed = LessonFieldsSchema.parse({
      title: 'Supplier late',
      whatHappened: 'Shipped late.',
      tags: ['Supplier', ' Delivery Date '],
    });
    expect(parsed.tags).toEqual(['supplier', 'delivery-date']);
    const refused = LessonFieldsSchema.safeParse({ title: 'x', whatHappened: 'y', tags: ['a/b'] });
    expect(refused.success).toBe(false);
    expect(LessonFieldsSchema.safeParse({ title: 'x', whatHappened: 'y', tags: ['late', 'Late'] }).success).toBe(false);
    expect(
      LessonFieldsSchema.safeParse({
        title: 'x',
        whatHappened: 'y',
        tags: Array.from({ length: 21 }, (_, n) => `t${n}`),
      }).success,
    ).toBe(false);
  });

  it('needs a title and what happened, and knows its categories', () => {
    expect(LessonFieldsSchema.safeParse({ title: 'x', whatHappened: '   ' }).success).toBe(false);
    expect(LessonFieldsSchema.safeParse({ whatHappened: 'y' }).success).toBe(false);
    expect(LessonFieldsSchema.safeParse({ title: 'x', whatHappened: 'y', category: 'weather' }).success).toBe(false);
    expect(LessonFieldsSchema.parse({ title: 'x', whatHappened: 'y', category: 'stakeholders' }).category).toBe(
      'stakeholders',
    );
  });
});
