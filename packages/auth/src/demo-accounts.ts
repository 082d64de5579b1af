import type { StoreRole } from './roles';

/**
 * Shared password of every demo account. It exists only for the demo seed and the
 * embedded default's sign-in page; it is public, so never seed it outside the demo.
 */
export const DEMO_PASSWORD = 'storeloom-demo';

export const DEMO_STORES = [
  { slug: 'demo-store', name: 'Demo Store' },
  { slug: 'tech-gadgets', name: 'Tech Gadgets' },
  { slug: 'outdoor-adventure', name: 'Outdoor Adventure' },
  { slug: 'fashion-boutique', name: 'Fashion Boutique' },
] as const;

export type DemoStoreSlug = (typeof DEMO_STORES)[number]['slug'];

export interface DemoMembership {
  storeSlug: DemoStoreSlug;
  role: StoreRole;
}

export interface DemoAccount {
  email: string;
  name: string;
  isPlatformOperator: boolean;
  /** Empty for the operator, who belongs to no store. */
  memberships: readonly DemoMembership[];
}

const perStore: DemoAccount[] = DEMO_STORES.flatMap((store) => [
  {
    email: `owner@${store.slug}.test`,
    name: `${store.name} Owner`,
    isPlatformOperator: false,
    memberships: [{ storeSlug: store.slug, role: 'owner' }],
  },
  {
    email: `staff@${store.slug}.test`,
    name: `${store.name} Staff`,
    isPlatformOperator: false,
    memberships: [{ storeSlug: store.slug, role: 'staff' }],
  },
]);

/** Used by the seed (users and memberships) and listed on the local sign-in page. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'operator@storeloom.test',
    name: 'Platform Operator',
    isPlatformOperator: true,
    memberships: [],
  },
  ...perStore,
  {
    email: 'viewer@demo-store.test',
    name: 'Demo Store Viewer',
    isPlatformOperator: false,
    memberships: [{ storeSlug: 'demo-store', role: 'viewer' }],
  },
  {
    // Admin of two stores, to exercise the store switcher.
    email: 'multi@storeloom.test',
    name: 'Multi-store Admin',
    isPlatformOperator: false,
    memberships: [
      { storeSlug: 'demo-store', role: 'admin' },
      { storeSlug: 'tech-gadgets', role: 'admin' },
    ],
  },
];

export function findDemoAccount(email: string): DemoAccount | undefined {
  const wanted = email.trim().toLowerCase();
  return DEMO_ACCOUNTS.find((account) => account.email === wanted);
}
