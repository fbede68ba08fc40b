import { describe, expect, it } from 'vitest';
import { resolveOwner } from '../../../../shared/analytics/raid';
import { aliceId, aPerson, bobId } from '../../health/fixtures';

const persons = [aPerson(), aPerson({ id: bobId, name: 'Bob Léger', memberId: 'member-bob' })];

describe('the owner a typed name stands for', () => {
  it('is the workspace person of that name, found whatever the case and accents, with their ids', () => {
    expect(resolveOwner('alice martin', persons)).toEqual({ name: 'Alice Martin', personId: aliceId });
    expect(resolveOwner(' Bob Leger ', persons)).toEqual({
      name: 'Bob Léger',
      personId: bobId,
      memberId: 'member-bob',
    });
  });

  it('is the name alone for someone who is not a person of the workspace, and nobody for a blank name', () => {
    expect(resolveOwner('  Chloé Dubois ', persons)).toEqual({ name: 'Chloé Dubois' });
    expect(resolveOwner('   ', persons)).toBeUndefined();
  });

  it('keeps the current owner, ids included, when the name is unchanged', () => {
    const current = { name: 'Alice Martin', memberId: 'member-alice' };
    expect(resolveOwner('Alice Martin', persons, current)).toBe(current);
  });
});
