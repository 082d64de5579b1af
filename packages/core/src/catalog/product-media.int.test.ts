import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { attachProductMedia } from './attach-product-media.ts';
import { createProduct } from './create-product.ts';
import { detachProductMedia } from './detach-product-media.ts';
import { getProduct } from './get-product.ts';
import { reorderProductMedia } from './reorder-product-media.ts';
import { catalogContext, failure } from './testing/catalog-fixture.ts';
import { updateProductMedia } from './update-product-media.ts';

const setup = useTwoStoreDatabase();
const { db, tenantId, actor, store } = catalogContext(setup);
const ctx = () => ({ db: db(), tenantId: tenantId(), actor: actor() });

async function asset(name: string) {
  return db().mediaAsset.create({
    data: {
      tenantId: tenantId(),
      storageKey: `alpha/${name}.webp`,
      url: `/media/alpha/${name}.webp`,
      mimeType: 'image/webp',
      byteSize: 100,
    },
  });
}

describe('product media', () => {
  it('attaches, orders, describes, links to a variant and detaches images', async () => {
    const product = await createProduct({
      ...ctx(),
      title: 'Gallery Vase',
      status: 'draft',
      options: [{ name: 'Colour', values: ['Green', 'Grey'] }],
    });
    const [one, two, three] = await Promise.all([asset('one'), asset('two'), asset('three')]);
    for (const media of [one, two, three]) {
      await attachProductMedia({ ...ctx(), productId: product.id, mediaId: media.id });
    }
    await reorderProductMedia({
      ...ctx(),
      productId: product.id,
      mediaIds: [three.id, one.id, two.id],
    });
    const grey = product.variants[1]?.id ?? null;
    await updateProductMedia({
      ...ctx(),
      productId: product.id,
      mediaId: one.id,
      altText: 'Grey vase',
      variantId: grey,
    });
    let detail = await getProduct({ db: db(), productId: product.id });
    expect(detail.media.map((m) => [m.mediaId, m.position, m.altText, m.variantId])).toEqual([
      [three.id, 0, null, null],
      [one.id, 1, 'Grey vase', grey],
      [two.id, 2, null, null],
    ]);

    await detachProductMedia({ ...ctx(), productId: product.id, mediaId: three.id });
    detail = await getProduct({ db: db(), productId: product.id });
    expect(detail.media.map((m) => [m.mediaId, m.position])).toEqual([
      [one.id, 0],
      [two.id, 1],
    ]);
    expect(await db().mediaAsset.count({ where: { id: three.id } })).toBe(1);
  });

  it('refuses a reorder that is not exactly the gallery, and a second copy of an image', async () => {
    const productId = store().ids.productId;
    const mediaId = store().ids.mediaId;
    const extra = await asset('extra');
    expect(
      (await failure(reorderProductMedia({ ...ctx(), productId, mediaIds: [mediaId, extra.id] })))
        .code,
    ).toBe('BAD_REQUEST');
    expect((await failure(attachProductMedia({ ...ctx(), productId, mediaId }))).code).toBe(
      'CONFLICT',
    );
  });

  it("refuses another store's media, and a variant of another product", async () => {
    const productId = store().ids.productId;
    expect(
      await failure(
        attachProductMedia({ ...ctx(), productId, mediaId: setup.fixture.storeB.ids.mediaId }),
      ),
    ).toEqual({ code: 'NOT_FOUND', message: 'Media not found' });
    const other = await createProduct({ ...ctx(), title: 'Other Vase', status: 'draft' });
    expect(
      (
        await failure(
          updateProductMedia({
            ...ctx(),
            productId,
            mediaId: store().ids.mediaId,
            variantId: other.variants[0]?.id ?? null,
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });
});
