import { z } from 'zod';

/** Roles a member can hold inside one store, strongest first. */
export const STORE_ROLES = ['owner', 'admin', 'staff', 'viewer'] as const;

export const storeRoleSchema = z.enum(STORE_ROLES);
export type StoreRole = z.infer<typeof storeRoleSchema>;

/**
 * Platform operators are not store members. They only act inside a store through
 * audited impersonation, which the api layer grants with this role.
 */
export const PLATFORM_OPERATOR_ROLE = 'operator';
export type PlatformOperatorRole = typeof PLATFORM_OPERATOR_ROLE;

/** Anyone a permission check can be asked about. */
export type Role = StoreRole | PlatformOperatorRole;

export const roleSchema = z.union([storeRoleSchema, z.literal(PLATFORM_OPERATOR_ROLE)]);

// Higher rank = more authority. Used only to stop people acting above themselves.
const RANK: Record<Role, number> = { operator: 5, owner: 4, admin: 3, staff: 2, viewer: 1 };

export function roleRank(role: Role): number {
  return RANK[role];
}
