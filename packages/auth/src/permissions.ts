import { z } from 'zod';

import type { Role, StoreRole } from './roles';
import { PLATFORM_OPERATOR_ROLE, roleRank } from './roles';

const EVERYONE = ['owner', 'admin', 'staff', 'viewer'] as const satisfies readonly StoreRole[];
const STAFF_UP = ['owner', 'admin', 'staff'] as const satisfies readonly StoreRole[];
const ADMIN_UP = ['owner', 'admin'] as const satisfies readonly StoreRole[];
const OWNER = ['owner'] as const satisfies readonly StoreRole[];

/**
 * The permission matrix: for every permission, the store roles that hold it.
 * Keeping it as data (not code paths) lets tests and docs/auth.md read it directly.
 * Platform operators hold everything (see `hasPermission`).
 *
 * Staff run the day-to-day catalogue and order desk but never move money (refunds,
 * cancellations, discounts), publish to the live storefront, or touch credentials,
 * settings, members or billing.
 */
export const PERMISSION_MATRIX = {
  'store:read': EVERYONE,
  'store:update': ADMIN_UP,
  'members:read': STAFF_UP,
  'members:invite': ADMIN_UP,
  'members:update-role': ADMIN_UP,
  'members:remove': ADMIN_UP,
  'members:transfer-ownership': OWNER,
  'products:read': EVERYONE,
  'products:write': STAFF_UP,
  'categories:read': EVERYONE,
  'categories:write': STAFF_UP,
  'inventory:read': EVERYONE,
  'inventory:write': STAFF_UP,
  'orders:read': EVERYONE,
  'orders:write': STAFF_UP,
  'orders:refund': ADMIN_UP,
  'orders:cancel': ADMIN_UP,
  'returns:read': EVERYONE,
  'returns:write': STAFF_UP,
  'estimates:read': EVERYONE,
  'estimates:write': STAFF_UP,
  'customers:read': EVERYONE,
  'customers:write': STAFF_UP,
  'discounts:read': EVERYONE,
  'discounts:write': ADMIN_UP,
  'shipping:read': EVERYONE,
  'shipping:write': ADMIN_UP,
  // Payment provider credentials: even their masked form stays with admins.
  'payments:read': ADMIN_UP,
  'payments:write': ADMIN_UP,
  'email:read': EVERYONE,
  'email:write': ADMIN_UP,
  // AI generation costs the store money per call, so viewers cannot trigger it.
  'ai:use': STAFF_UP,
  'ai:settings': ADMIN_UP,
  'newsletter:read': EVERYONE,
  'newsletter:write': ADMIN_UP,
  'pages:read': EVERYONE,
  'pages:write': STAFF_UP,
  'pages:publish': ADMIN_UP,
  'media:read': EVERYONE,
  'media:write': STAFF_UP,
  'analytics:read': EVERYONE,
  'audit:read': ADMIN_UP,
  'api-keys:manage': ADMIN_UP,
  'domains:manage': ADMIN_UP,
  'theme:write': ADMIN_UP,
  'settings:read': ADMIN_UP,
  'settings:write': ADMIN_UP,
  'billing:read': ADMIN_UP,
  'billing:manage': OWNER,
} as const satisfies Record<`${string}:${string}`, readonly StoreRole[]>;

export type Permission = keyof typeof PERMISSION_MATRIX;

function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSION_MATRIX, value);
}

/** Every permission, in matrix order. */
export const PERMISSIONS: readonly Permission[] =
  Object.keys(PERMISSION_MATRIX).filter(isPermission);

export const permissionSchema = z.enum(PERMISSIONS);

export function hasPermission(role: Role, permission: Permission): boolean {
  if (role === PLATFORM_OPERATOR_ROLE) return true;
  const holders: readonly StoreRole[] = PERMISSION_MATRIX[permission];
  return holders.includes(role);
}

export function permissionsFor(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => hasPermission(role, permission));
}

/** Domain error: carries a code so the api's errorFormatter maps it to FORBIDDEN. */
export class PermissionDeniedError extends Error {
  readonly code = 'FORBIDDEN';
  override readonly name = 'PermissionDeniedError';

  constructor(
    readonly permission: Permission,
    readonly role: Role | null,
  ) {
    super(
      role
        ? `Your role (${role}) does not allow ${permission}.`
        : `You are not a member of this store (${permission}).`,
    );
  }
}

/** Throws PermissionDeniedError unless `role` holds `permission`; a missing role (not a member) always fails. */
export function assertPermission(
  role: Role | null | undefined,
  permission: Permission,
): asserts role is Role {
  if (!role || !hasPermission(role, permission)) {
    throw new PermissionDeniedError(permission, role ?? null);
  }
}

/**
 * May `actor` give someone the role `target`? Needs members:update-role, and nobody
 * hands out a role above their own; only an owner can make an owner (a transfer).
 */
export function canAssignRole(actor: Role, target: StoreRole): boolean {
  if (!hasPermission(actor, 'members:update-role')) return false;
  if (target === 'owner') return hasPermission(actor, 'members:transfer-ownership');
  return roleRank(actor) >= roleRank(target);
}

/**
 * May `actor` change or remove a member who currently holds `memberRole`?
 * Stops an admin from demoting or removing an owner.
 */
export function canManageMember(actor: Role, memberRole: StoreRole): boolean {
  if (!hasPermission(actor, 'members:update-role')) return false;
  if (memberRole === 'owner') return hasPermission(actor, 'members:transfer-ownership');
  return roleRank(actor) >= roleRank(memberRole);
}
