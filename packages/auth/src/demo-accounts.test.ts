import { describe, expect, it } from 'vitest';

import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STORES, findDemoAccount } from './demo-accounts';
import { storeRoleSchema } from './roles';

describe('demo accounts', () => {
  it('has one operator with no store', () => {
    const operators = DEMO_ACCOUNTS.filter((a) => a.isPlatformOperator);
    expect(operators).toEqual([
      {
        email: 'operator@storeloom.test',
        name: 'Platform Operator',
        isPlatformOperator: true,
        memberships: [],
      },
    ]);
  });

  it('has an owner and a staff member for every demo store', () => {
    for (const { slug } of DEMO_STORES) {
      expect(findDemoAccount(`owner@${slug}.test`)?.memberships).toEqual([
        { storeSlug: slug, role: 'owner' },
      ]);
      expect(findDemoAccount(`staff@${slug}.test`)?.memberships).toEqual([
        { storeSlug: slug, role: 'staff' },
      ]);
    }
    expect(DEMO_STORES.map((s) => s.slug)).toEqual([
      'demo-store',
      'tech-gadgets',
      'outdoor-adventure',
      'fashion-boutique',
    ]);
  });

  it('has a viewer and a two-store admin for the store switcher', () => {
    expect(findDemoAccount('viewer@demo-store.test')?.memberships).toEqual([
      { storeSlug: 'demo-store', role: 'viewer' },
    ]);
    expect(findDemoAccount(' MULTI@storeloom.test ')?.memberships).toEqual([
      { storeSlug: 'demo-store', role: 'admin' },
      { storeSlug: 'tech-gadgets', role: 'admin' },
    ]);
  });

  it('uses unique lower-case emails and valid roles', () => {
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => e === e.toLowerCase())).toBe(true);
    expect(DEMO_ACCOUNTS).toHaveLength(1 + 2 * DEMO_STORES.length + 2);
    for (const m of DEMO_ACCOUNTS.flatMap((a) => a.memberships))
      expect(storeRoleSchema.parse(m.role)).toBe(m.role);
  });

  it('shares one demo password', () => {
    expect(DEMO_PASSWORD).toBe('storeloom-demo');
  });
});
