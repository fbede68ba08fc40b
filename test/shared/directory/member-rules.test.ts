import { describe, expect, it } from 'vitest';
import {
  countActiveOwners,
  decideMemberAction,
  isDemotion,
  listGrantableRoles,
  listInvitableRoles,
} from '../../../shared/directory/member-rules';

const owner = { id: 'o1', role: 'owner' as const };
const secondOwner = { id: 'o2', role: 'owner' as const };
const pmo = { id: 'p1', role: 'pmo' as const };
const pm = { id: 'm1', role: 'pm' as const };
const viewer = { id: 'v1', role: 'viewer' as const };

describe('who may change a member (docs/sync.md "Roles")', () => {
  it('lets an owner or a PMO change, remove and sign out a pm', () => {
    for (const actor of [owner, pmo]) {
      expect(decideMemberAction(actor, pm, { kind: 'changeRole', role: 'viewer' }, 1)).toBeNull();
      expect(decideMemberAction(actor, pm, { kind: 'remove' }, 1)).toBeNull();
      expect(decideMemberAction(actor, pm, { kind: 'revokeTokens' }, 1)).toBeNull();
    }
  });

  it('keeps pms and viewers from managing anyone', () => {
    for (const actor of [pm, viewer]) {
      expect(decideMemberAction(actor, viewer, { kind: 'remove' }, 1)).toBe('not_governing');
      expect(decideMemberAction(actor, pm, { kind: 'changeRole', role: 'pmo' }, 1)).toBe('not_governing');
    }
  });

  it('keeps a PMO from touching an owner or making one', () => {
    expect(decideMemberAction(pmo, owner, { kind: 'changeRole', role: 'pm' }, 2)).toBe('owner_only');
    expect(decideMemberAction(pmo, owner, { kind: 'remove' }, 2)).toBe('owner_only');
    expect(decideMemberAction(pmo, owner, { kind: 'revokeTokens' }, 2)).toBe('owner_only');
    expect(decideMemberAction(pmo, pm, { kind: 'changeRole', role: 'owner' }, 2)).toBe('owner_only');
    expect(decideMemberAction(pmo, pmo, { kind: 'changeRole', role: 'owner' }, 2)).toBe('owner_only');
  });

  it('keeps the last owner an owner and in the workspace, but not when another owner remains', () => {
    expect(decideMemberAction(owner, owner, { kind: 'changeRole', role: 'pmo' }, 1)).toBe('last_owner');
    expect(decideMemberAction(owner, owner, { kind: 'remove' }, 1)).toBe('last_owner');
    expect(decideMemberAction(owner, owner, { kind: 'leave' }, 1)).toBe('last_owner');
    expect(decideMemberAction(owner, secondOwner, { kind: 'changeRole', role: 'pm' }, 2)).toBeNull();
    expect(decideMemberAction(owner, owner, { kind: 'leave' }, 2)).toBeNull();
  });

  it('refuses signing oneself out everywhere, a role already held and a removed member', () => {
    expect(decideMemberAction(owner, owner, { kind: 'revokeTokens' }, 2)).toBe('own_tokens');
    expect(decideMemberAction(owner, pm, { kind: 'changeRole', role: 'pm' }, 1)).toBe('same_role');
    expect(decideMemberAction(owner, { ...pm, revokedAt: '2026-01-01T00:00:00Z' }, { kind: 'remove' }, 1)).toBe(
      'removed',
    );
  });

  it('offers an owner every role and a PMO every role but owner; invites never carry owner', () => {
    expect(listGrantableRoles('owner')).toEqual(['owner', 'pmo', 'pm', 'contributor', 'viewer']);
    expect(listGrantableRoles('pmo')).toEqual(['pmo', 'pm', 'contributor', 'viewer']);
    expect(listGrantableRoles('pm')).toEqual([]);
    expect(listInvitableRoles('owner')).toEqual(['pmo', 'pm', 'contributor', 'viewer']);
    expect(listInvitableRoles('viewer')).toEqual([]);
  });

  it('calls a move towards fewer rights a demotion and counts current owners', () => {
    expect(isDemotion('pm', 'viewer')).toBe(true);
    expect(isDemotion('viewer', 'pm')).toBe(false);
    expect(isDemotion('pm', 'pm')).toBe(false);
    expect(countActiveOwners([owner, secondOwner, { ...owner, id: 'o3', revokedAt: 'x' }, pm])).toBe(2);
  });
});
