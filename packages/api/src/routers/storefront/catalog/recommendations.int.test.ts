import { beforeAll, describe, expect, it } from 'vitest';

import { createSearchCatalog } from '@storeloom/core/search/testing/search-catalog';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const catalogAt = (host: string) =>
  callerFor(setup.database, { app: 'storefront', host }).storefront.catalog;
const shopper = () => catalogAt(setup.fixture.storeA.host);

beforeAll(async () => {
  const store = setup.fixture.storeA;
  await createSearchCatalog(setup.database.forTenant(store.tenantId), {
    tenantId: store.tenantId,
    locationId: store.ids.locationId,
  });
});

describe('storefront.catalog.related and alsoBought over tRPC', () => {
  it('answers with product cards of the host store', async () => {
    const related = await shopper().related({ slug: 'classic-pullover-hoodie' });
    expect(related.map((item) => item.slug)).toEqual(['zip-hoodie']);
    // The search catalogue sells the trousers with the classic hoodie on one paid order.
    const bought = await shopper().alsoBought({ slug: 'linen-trousers' });
    expect(bought.map((item) => item.slug)).toEqual(['classic-pullover-hoodie']);
  });

  it('is NOT_FOUND for a product of another store or not on sale', async () => {
    const { storeB } = setup.fixture;
    await expect(shopper().related({ productId: storeB.ids.productId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(shopper().alsoBought({ slug: 'draft-tee' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      catalogAt(storeB.host).alsoBought({ slug: 'linen-trousers' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['neither an id nor a slug', {}, 'Name the product by its id or its slug'],
    ['a limit of 0', { slug: 'zip-hoodie', limit: 0 }, 'Ask for at least 1 product'],
    ['a limit over 12', { slug: 'zip-hoodie', limit: 13 }, 'At most 12 products'],
    ['a malformed slug', { slug: 'Not a slug!' }, 'Use lowercase letters'],
  ])('refuses %s with BAD_REQUEST and a message', async (_label, input, message) => {
    // Deliberately outside the input type: this is what a hand-made request can send.
    const related = shopper().related as (input: unknown) => Promise<unknown>;
    await expect(related(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(related(input)).rejects.toThrow(message);
  });
});
