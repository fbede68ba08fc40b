import { describe, expect, it } from 'vitest';
import {
  buildHeatMap,
  isRiskReviewOverdue,
  listRegisterOwners,
  matchesRegisterFilter,
  ownerKeyOf,
  queryRiskRegister,
  type RegisterRisk,
  sortRiskRegister,
} from '../../../../shared';

const today = '2026-12-05';
const risk = (id: string, fields: Partial<RegisterRisk>): RegisterRisk => ({
  id,
  title: `Risk ${id}`,
  kind: 'threat',
  status: 'open',
  probability: 3,
  impact: 3,
  ...fields,
});

const register: RegisterRisk[] = [
  risk('a', { title: 'Supplier late', probability: 5, impact: 5, residualProbability: 2, residualImpact: 2 }),
  risk('b', {
    title: 'Délai de recette',
    probability: 4,
    impact: 4,
    owner: { name: 'Dana', personId: crypto.randomUUID() },
  }),
  risk('c', { title: 'Budget cut', probability: 2, impact: 2, status: 'closed', reviewDate: '2026-11-01' }),
  risk('d', { title: 'Key user leaves', probability: 4, impact: 3, reviewDate: '2026-12-01', proximity: 'imminent' }),
  risk('e', { title: 'Licence renewal', probability: 1, impact: 5, reviewDate: '2026-12-05', proximity: 'beyond' }),
];
const ids = (risks: readonly RegisterRisk[]) => risks.map((entry) => entry.id);
const context = { today };

describe('the risk register', () => {
  it('ranks by the current score (residual once assessed) like every other list of risks', () => {
    // a is 25 inherent but 4 residual; c is 4 too and goes after it on the inherent tie-break.
    expect(ids(sortRiskRegister(register, { key: 'score', direction: 'desc' }))).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(ids(sortRiskRegister(register, { key: 'score', direction: 'asc' }))).toEqual(['c', 'a', 'e', 'd', 'b']);
  });

  it('sorts by title without case or accents, and puts risks without a value last in both directions', () => {
    expect(ids(sortRiskRegister(register, { key: 'title', direction: 'asc' }))).toEqual(['c', 'b', 'd', 'e', 'a']);
    expect(ids(sortRiskRegister(register, { key: 'reviewDate', direction: 'asc' }))).toEqual(['c', 'd', 'e', 'b', 'a']);
    expect(ids(sortRiskRegister(register, { key: 'reviewDate', direction: 'desc' }))).toEqual([
      'e',
      'd',
      'c',
      'b',
      'a',
    ]);
    expect(ids(sortRiskRegister(register, { key: 'proximity', direction: 'asc' }))).toEqual(['d', 'e', 'b', 'a', 'c']);
  });

  it('filters by status, band on the workspace matrix, proximity and overdue review', () => {
    const query = (filter: Parameters<typeof matchesRegisterFilter>[1]) =>
      ids(queryRiskRegister(register, filter, { key: 'score', direction: 'desc' }, context));
    expect(query({ statuses: ['closed'] })).toEqual(['c']);
    expect(query({ bands: ['critical'] })).toEqual(['b']);
    expect(query({ bands: ['high'] })).toEqual(['d']);
    expect(query({ bands: ['low'] })).toEqual(['a', 'c']);
    expect(
      ids(
        queryRiskRegister(
          register,
          { bands: ['critical'] },
          { key: 'score', direction: 'desc' },
          {
            today,
            matrix: { size: 4 },
          },
        ),
      ),
      // On a 4×4 the top score is 16 and critical starts at 10 (three fifths, rounded up).
    ).toEqual(['b', 'd']);
    expect(query({ proximities: ['imminent', 'beyond'] })).toEqual(['d', 'e']);
    // Closed risks are never overdue; a review due today is not overdue yet.
    expect(query({ isReviewOverdue: true })).toEqual(['d']);
  });

  it('finds every word in title, statement, owner and ref, whatever the case and accents', () => {
    const found = (text: string) =>
      ids(queryRiskRegister(register, { text }, { key: 'score', direction: 'desc' }, context));
    expect(found('delai')).toEqual(['b']);
    expect(found('DANA recette')).toEqual(['b']);
    expect(found('dana supplier')).toEqual([]);
    expect(found('  ')).toEqual(['b', 'd', 'e', 'a', 'c']);
  });

  it('filters by owner, with "none" for risks nobody owns', () => {
    const owned = register[1];
    expect(
      ids(register.filter((entry) => matchesRegisterFilter(entry, { ownerKey: ownerKeyOf(owned) }, context))),
    ).toEqual(['b']);
    expect(ids(register.filter((entry) => matchesRegisterFilter(entry, { ownerKey: 'none' }, context)))).toEqual([
      'a',
      'c',
      'd',
      'e',
    ]);
  });

  it('lists for a heat-map cell exactly the risks the heat map counts there, inherent or residual', () => {
    for (const basis of ['inherent', 'residual'] as const) {
      const map = buildHeatMap(register, 5, basis);
      for (let p = 1; p <= 5; p++)
        for (let i = 1; i <= 5; i++) {
          const listed = register.filter((entry) =>
            matchesRegisterFilter(entry, { cell: { basis, probability: p, impact: i } }, context),
          );
          expect(ids(listed).sort()).toEqual([...map.riskIds[p - 1][i - 1]].sort());
        }
    }
  });

  it('says a review is overdue only for an open risk whose review day has passed', () => {
    expect(isRiskReviewOverdue({ status: 'mitigating', reviewDate: '2026-12-04' }, today)).toBe(true);
    expect(isRiskReviewOverdue({ status: 'open', reviewDate: today }, today)).toBe(false);
    expect(isRiskReviewOverdue({ status: 'occurred', reviewDate: '2026-01-01' }, today)).toBe(false);
    expect(isRiskReviewOverdue({ status: 'open' }, today)).toBe(false);
  });

  it('lists each owner once by name, people who share a name apart, and the unowned last', () => {
    const dana = { name: 'Dana', personId: crypto.randomUUID() };
    const otherDana = { name: 'dana', memberId: 'member-2' };
    const owners = listRegisterOwners([
      { owner: { name: 'Zoé' } },
      { owner: dana },
      {},
      { owner: dana },
      { owner: otherDana },
      {},
    ]);
    // Same name whatever the case: the key decides (member before person), so the order never depends on input.
    expect(owners.map(({ name, count }) => [name, count])).toEqual([
      ['dana', 1],
      ['Dana', 2],
      ['Zoé', 1],
      ['', 2],
    ]);
    expect(owners[1].key).toBe(ownerKeyOf({ owner: dana }));
    expect(owners.at(-1)?.key).toBe('none');
    expect(listRegisterOwners([])).toEqual([]);
  });
});
