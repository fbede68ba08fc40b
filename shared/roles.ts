import { type Role, RoleSchema } from './schemas/common';

/**
 * The role lists of docs/sync.md "Roles", written once: the route descriptions
 * (shared/api/routes/), the per-write gates (shared/mutations/role-gates.ts) and the Worker read them.
 */

/** Every role, from the most rights to the fewest. */
export const allRoles: readonly Role[] = RoleSchema.options;

/** The roles that govern the workspace: people, invites, the audit log, settings, templates, gates. */
export const governingRoles: readonly Role[] = ['owner', 'pmo'];

/** The roles that may change records (each within its own limits); a viewer only reads. */
export const writingRoles: readonly Role[] = ['owner', 'pmo', 'pm', 'contributor'];

/** Whether the role is an owner or a PMO. */
export function isGoverningRole(role: Role): boolean {
  return governingRoles.includes(role);
}

/** Whether the role may write at all (which records it may touch is decided per write). */
export function isWritingRole(role: Role): boolean {
  return writingRoles.includes(role);
}
