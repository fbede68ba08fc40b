import { allRoles, isGoverningRole } from '../roles';
import type { Role } from '../schemas/common';

/**
 * Who may do what to a member of the workspace (docs/sync.md "Roles", "Directory"), decided once:
 * the Worker's directory (worker/directory/membership.ts) refuses with it and the members screen
 * (extension/pages/admin/members/) asks it before offering a button.
 */

/** A change to one member: give another role, remove them, revoke every token of theirs, or leave (oneself). */
export type MemberAction =
  | { kind: 'changeRole'; role: Role }
  | { kind: 'remove' }
  | { kind: 'revokeTokens' }
  | { kind: 'leave' };

/** Why a change is refused, from the first rule that fails. */
export type MemberRefusal =
  /** Only owners and PMOs manage members. */
  | 'not_governing'
  /** Only an owner changes, removes or signs out an owner, or makes someone an owner. */
  | 'owner_only'
  /** The workspace's last owner keeps the role and stays. */
  | 'last_owner'
  /** Revoking one's own tokens here would lock oneself out: sign out instead. */
  | 'own_tokens'
  /** The member already has this role. */
  | 'same_role'
  /** The member was removed already. */
  | 'removed';

export interface MemberFacts {
  id: string;
  role: Role;
  /** Set once removed or left. */
  revokedAt?: string | null;
}

/**
 * The refusal of `action` by `actor` on `target`, or null when it is allowed. `activeOwners` counts
 * the workspace's current owners; the Worker repeats the last-owner check inside its UPDATE, so two
 * owners demoting each other at once still leave one.
 */
export function decideMemberAction(
  actor: MemberFacts,
  target: MemberFacts,
  action: MemberAction,
  activeOwners: number,
): MemberRefusal | null {
  if (target.revokedAt) return 'removed';
  const isSelf = actor.id === target.id;
  if (action.kind === 'leave') return isSelf && isLastOwner(target, activeOwners) ? 'last_owner' : null;
  if (!isGoverningRole(actor.role)) return 'not_governing';
  if (action.kind === 'revokeTokens' && isSelf) return 'own_tokens';
  const makesOwner = action.kind === 'changeRole' && action.role === 'owner';
  if (actor.role !== 'owner' && (target.role === 'owner' || makesOwner)) return 'owner_only';
  if (action.kind === 'changeRole' && action.role === target.role) return 'same_role';
  if (action.kind !== 'revokeTokens' && isLastOwner(target, activeOwners)) return 'last_owner';
  return null;
}

function isLastOwner(target: MemberFacts, activeOwners: number): boolean {
  return target.role === 'owner' && activeOwners <= 1;
}

/** The roles `actor` may give someone, by invite or by a change of role: a PMO never makes an owner. */
export function listGrantableRoles(actorRole: Role): Role[] {
  if (!isGoverningRole(actorRole)) return [];
  return actorRole === 'owner' ? [...allRoles] : allRoles.filter((role) => role !== 'owner');
}

/** The roles an invite may carry for `actor`: an owner is never invited, only promoted (shared/api/schemas.ts). */
export function listInvitableRoles(actorRole: Role): Exclude<Role, 'owner'>[] {
  return listGrantableRoles(actorRole).filter((role): role is Exclude<Role, 'owner'> => role !== 'owner');
}

/** Whether going from `from` to `to` takes rights away (roles are ordered from the most rights). */
export function isDemotion(from: Role, to: Role): boolean {
  return allRoles.indexOf(to) > allRoles.indexOf(from);
}

/** How many current owners a list of members holds. */
export function countActiveOwners(members: readonly MemberFacts[]): number {
  return members.filter((member) => member.role === 'owner' && !member.revokedAt).length;
}
