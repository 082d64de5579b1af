import { describe, expect, it } from 'vitest';

import {
  assertPermission,
  canAssignRole,
  canManageMember,
  hasPermission,
  PERMISSION_MATRIX,
  PermissionDeniedError,
  PERMISSIONS,
  permissionSchema,
  permissionsFor,
} from './permissions';
import type { StoreRole } from './roles';
import { STORE_ROLES } from './roles';

const isRead = (permission: string) => permission.endsWith(':read');

describe('permission matrix', () => {
  it('covers the whole product with resource:action names', () => {
    expect(PERMISSIONS.length).toBe(Object.keys(PERMISSION_MATRIX).length);
    for (const permission of PERMISSIONS) expect(permission).toMatch(/^[a-z-]+:[a-z-]+$/);
    for (const resource of [
      'store',
      'members',
      'products',
      'categories',
      'inventory',
      'orders',
      'returns',
      'estimates',
      'customers',
      'discounts',
      'shipping',
      'payments',
      'email',
      'ai',
      'newsletter',
      'pages',
      'media',
      'analytics',
      'audit',
      'api-keys',
      'domains',
      'theme',
      'settings',
      'billing',
    ]) {
      expect(
        PERMISSIONS.some((p) => p.startsWith(`${resource}:`)),
        resource,
      ).toBe(true);
    }
  });

  it('gives the owner every permission', () => {
    expect(permissionsFor('owner')).toEqual([...PERMISSIONS]);
  });

  it('gives the admin everything except billing:manage and ownership transfer', () => {
    const missing = PERMISSIONS.filter((p) => !hasPermission('admin', p));
    expect(missing).toEqual(['members:transfer-ownership', 'billing:manage']);
  });

  it('keeps viewers read-only', () => {
    const granted = permissionsFor('viewer');
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.filter((p) => !isRead(p))).toEqual([]);
  });

  it('lets staff run catalogue and orders but not money, settings, members or billing', () => {
    for (const p of [
      'products:write',
      'categories:write',
      'inventory:write',
      'orders:write',
      'returns:write',
      'estimates:write',
      'customers:write',
      'media:write',
      'pages:write',
      'ai:use',
    ] as const) {
      expect(hasPermission('staff', p), p).toBe(true);
    }
    for (const p of [
      'orders:refund',
      'orders:cancel',
      'pages:publish',
      'payments:read',
      'payments:write',
      'settings:read',
      'settings:write',
      'members:invite',
      'members:update-role',
      'members:remove',
      'api-keys:manage',
      'billing:read',
      'billing:manage',
      'discounts:write',
      'audit:read',
    ] as const) {
      expect(hasPermission('staff', p), p).toBe(false);
    }
  });

  it('is monotonic: a stronger role holds everything a weaker one does', () => {
    for (let i = 1; i < STORE_ROLES.length; i++) {
      const stronger = STORE_ROLES[i - 1]!;
      const weaker = STORE_ROLES[i]!;
      for (const p of permissionsFor(weaker))
        expect(hasPermission(stronger, p), `${stronger} ${p}`).toBe(true);
    }
  });

  it('gives platform operators everything (audited impersonation only)', () => {
    expect(permissionsFor('operator')).toEqual([...PERMISSIONS]);
  });

  it('validates permission names', () => {
    expect(permissionSchema.safeParse('orders:refund').success).toBe(true);
    expect(permissionSchema.safeParse('orders:delete-everything').success).toBe(false);
  });
});

describe('assertPermission', () => {
  it('passes for a holder and throws a coded error otherwise', () => {
    expect(() => {
      assertPermission('admin', 'orders:refund');
    }).not.toThrow();
    expect(() => {
      assertPermission('staff', 'orders:refund');
    }).toThrow(PermissionDeniedError);
    try {
      assertPermission('viewer', 'products:write');
    } catch (error) {
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        permission: 'products:write',
        role: 'viewer',
      });
    }
  });

  it('rejects a non-member even for read permissions', () => {
    expect(() => {
      assertPermission(null, 'store:read');
    }).toThrow(/not a member/);
    expect(() => {
      assertPermission(undefined, 'store:read');
    }).toThrow(PermissionDeniedError);
  });
});

describe('canAssignRole', () => {
  const cases: [StoreRole | 'operator', StoreRole, boolean][] = [
    ['owner', 'owner', true],
    ['owner', 'admin', true],
    ['admin', 'owner', false],
    ['admin', 'admin', true],
    ['admin', 'staff', true],
    ['admin', 'viewer', true],
    ['staff', 'viewer', false],
    ['viewer', 'viewer', false],
    ['operator', 'owner', true],
  ];
  it.each(cases)('%s may assign %s: %s', (actor, target, expected) => {
    expect(canAssignRole(actor, target)).toBe(expected);
  });
});

describe('canManageMember', () => {
  it('stops an admin from changing or removing an owner', () => {
    expect(canManageMember('admin', 'owner')).toBe(false);
    expect(canManageMember('admin', 'staff')).toBe(true);
    expect(canManageMember('owner', 'owner')).toBe(true);
    expect(canManageMember('staff', 'viewer')).toBe(false);
  });
});
