import { beforeAll, describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { storefrontProductExists } from './storefront-product-exists.ts';
import { createSearchCatalog } from './testing/search-catalog.ts';

const setup = useTwoStoreDatabase();
const exists = (tenantId: string, slug: string) =>
  storefrontProductExists({ db: setup.database.forTenant(tenantId), slug });

beforeAll(async () => {
  const store = setup.fixture.storeA;
  await createSearchCatalog(setup.database.forTenant(store.tenantId), {
    tenantId: store.tenantId,
    locationId: store.ids.locationId,
  });
});

describe('storefrontProductExists', () => {
  it('knows active products of the store only', async () => {
    const { storeA, storeB } = setup.fixture;
    expect(await exists(storeA.tenantId, 'zip-hoodie')).toBe(true);
    expect(await exists(storeA.tenantId, 'draft-tee')).toBe(false);
    expect(await exists(storeA.tenantId, 'archived-scarf')).toBe(false);
    expect(await exists(storeA.tenantId, 'no-such-product')).toBe(false);
    expect(await exists(storeB.tenantId, 'zip-hoodie')).toBe(false);
  });
});
