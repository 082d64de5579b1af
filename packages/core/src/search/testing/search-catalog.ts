import type { ProductStatus, TenantClient } from '@storeloom/db';

/**
 * A small catalogue for the search tests, added to a store that already has the two-store
 * fixture's product ("<Store> Product", 1999, in stock, category "category"):
 *
 *   Apparel ─┬─ Tops ── Hoodies      Home
 *            └─ Bottoms
 *
 * | product                 | category | variants (price, stock)                                 |
 * |-------------------------|----------|--------------------------------------------------------|
 * | Classic Pullover Hoodie | Hoodies  | S/Blue 5000 (0), M/Blue 5500 (3, all reserved), M/Red 6000 (5) |
 * | Zip Hoodie              | Hoodies  | M/Blue 4000 (stock not tracked), compare-at 5000       |
 * | Linen Trousers          | Bottoms  | M 7000 (2); vendor "Loom & Co", tag "summer"           |
 * | Ceramic Mug             | Home     | 1500 (0, backorder allowed)                            |
 * | Sold Out Beanie         | Tops     | S/Red 1500 (0)                                         |
 * | Draft Tee (draft), Archived Scarf (archived) | Tops | 1000 (9)                            |
 *
 * Creation times run from the hoodie (oldest) to the beanie (newest). Orders: the mug sells 5,
 * the trousers 2, the classic hoodie 1, and a cancelled order of 10 hoodies must not count.
 */
export async function createSearchCatalog(
  db: TenantClient,
  { tenantId, locationId }: { tenantId: string; locationId: string },
) {
  const category = async (
    name: string,
    slug: string,
    parent: { id: string; path: string } | null,
  ) => {
    const created = await db.category.create({
      data: {
        tenantId,
        name,
        slug,
        path: '/',
        parentId: parent?.id ?? null,
        depth: parent ? parent.path.split('/').length - 2 : 0,
      },
    });
    return db.category.update({
      where: { id: created.id },
      data: { path: `${parent?.path ?? '/'}${created.id}/` },
      select: { id: true, path: true, slug: true },
    });
  };
  const apparel = await category('Apparel', 'apparel', null);
  const tops = await category('Tops', 'tops', apparel);
  const hoodies = await category('Hoodies', 'hoodies', tops);
  const bottoms = await category('Bottoms', 'bottoms', apparel);
  const home = await category('Home', 'home', null);

  let clock = Date.parse('2026-01-01T00:00:00Z');
  let skuNumber = 0;
  const product = async (spec: {
    title: string;
    slug: string;
    categoryId: string;
    status?: ProductStatus;
    vendor?: string;
    tags?: string[];
    options?: { name: string; values: string[] }[];
    variants: {
      values?: string[];
      price: number;
      compareAtPrice?: number;
      onHand?: number;
      reserved?: number;
      trackInventory?: boolean;
      allowBackorder?: boolean;
    }[];
  }) => {
    clock += 60_000;
    const created = await db.product.create({
      data: {
        tenantId,
        title: spec.title,
        slug: spec.slug,
        status: spec.status ?? 'active',
        vendor: spec.vendor ?? null,
        tags: spec.tags ?? [],
        descriptionHtml: `<p>${spec.title} from the search tests.</p>`,
        createdAt: new Date(clock),
        categories: { create: { tenantId, categoryId: spec.categoryId } },
      },
    });
    const valueIds = new Map<string, string>();
    for (const [position, option] of (spec.options ?? []).entries()) {
      const createdOption = await db.productOption.create({
        data: { tenantId, productId: created.id, name: option.name, position },
      });
      for (const [valuePosition, value] of option.values.entries()) {
        const createdValue = await db.productOptionValue.create({
          data: { tenantId, optionId: createdOption.id, value, position: valuePosition },
        });
        valueIds.set(value, createdValue.id);
      }
    }
    const variantIds: string[] = [];
    for (const [position, variant] of spec.variants.entries()) {
      skuNumber += 1;
      const createdVariant = await db.productVariant.create({
        data: {
          tenantId,
          productId: created.id,
          title: variant.values?.join(' / ') ?? 'Default',
          sku: `SEARCH-${String(skuNumber)}`,
          price: variant.price,
          compareAtPrice: variant.compareAtPrice ?? null,
          currency: 'USD',
          position,
          trackInventory: variant.trackInventory ?? true,
          allowBackorder: variant.allowBackorder ?? false,
          optionValues: {
            create: (variant.values ?? []).map((value) => ({
              tenantId,
              optionValueId: valueIds.get(value) ?? '',
            })),
          },
        },
      });
      await db.inventoryLevel.create({
        data: {
          tenantId,
          variantId: createdVariant.id,
          locationId,
          onHand: variant.onHand ?? 0,
          reserved: variant.reserved ?? 0,
        },
      });
      variantIds.push(createdVariant.id);
    }
    return { id: created.id, slug: created.slug, variantIds };
  };

  const sizeColour = [
    { name: 'Size', values: ['S', 'M'] },
    { name: 'Colour', values: ['Blue', 'Red'] },
  ];
  const classicHoodie = await product({
    title: 'Classic Pullover Hoodie',
    slug: 'classic-pullover-hoodie',
    categoryId: hoodies.id,
    options: sizeColour,
    variants: [
      { values: ['S', 'Blue'], price: 5000, onHand: 0 },
      { values: ['M', 'Blue'], price: 5500, onHand: 3, reserved: 3 },
      { values: ['M', 'Red'], price: 6000, onHand: 5 },
    ],
  });
  const zipHoodie = await product({
    title: 'Zip Hoodie',
    slug: 'zip-hoodie',
    categoryId: hoodies.id,
    options: sizeColour,
    variants: [{ values: ['M', 'Blue'], price: 4000, compareAtPrice: 5000, trackInventory: false }],
  });
  const trousers = await product({
    title: 'Linen Trousers',
    slug: 'linen-trousers',
    categoryId: bottoms.id,
    vendor: 'Loom & Co',
    tags: ['summer'],
    options: [{ name: 'Size', values: ['M'] }],
    variants: [{ values: ['M'], price: 7000, onHand: 2 }],
  });
  const mug = await product({
    title: 'Ceramic Mug',
    slug: 'ceramic-mug',
    categoryId: home.id,
    variants: [{ price: 1500, onHand: 0, allowBackorder: true }],
  });
  const draft = await product({
    title: 'Draft Tee',
    slug: 'draft-tee',
    categoryId: tops.id,
    status: 'draft',
    variants: [{ price: 1000, onHand: 9 }],
  });
  const archived = await product({
    title: 'Archived Scarf',
    slug: 'archived-scarf',
    categoryId: tops.id,
    status: 'archived',
    variants: [{ price: 1000, onHand: 9 }],
  });
  const beanie = await product({
    title: 'Sold Out Beanie',
    slug: 'sold-out-beanie',
    categoryId: tops.id,
    options: sizeColour,
    variants: [{ values: ['S', 'Red'], price: 1500, onHand: 0 }],
  });

  let orderNumber = 100;
  const sell = async (
    lines: { productId: string; variantId: string; quantity: number }[],
    status: 'paid' | 'cancelled' = 'paid',
  ) => {
    orderNumber += 1;
    await db.order.create({
      data: {
        tenantId,
        number: orderNumber,
        email: 'buyer@example.com',
        currency: 'USD',
        status,
        subtotal: 0,
        total: 0,
        items: {
          create: lines.map((line) => ({
            tenantId,
            productId: line.productId,
            variantId: line.variantId,
            name: 'Sold item',
            unitPrice: 0,
            quantity: line.quantity,
            total: 0,
          })),
        },
      },
    });
  };
  const first = (p: { variantIds: string[] }) => p.variantIds[0] ?? '';
  await sell([{ productId: mug.id, variantId: first(mug), quantity: 5 }]);
  await sell([
    { productId: trousers.id, variantId: first(trousers), quantity: 2 },
    { productId: classicHoodie.id, variantId: first(classicHoodie), quantity: 1 },
  ]);
  await sell(
    [{ productId: classicHoodie.id, variantId: first(classicHoodie), quantity: 10 }],
    'cancelled',
  );

  return {
    categories: { apparel, tops, hoodies, bottoms, home },
    products: { classicHoodie, zipHoodie, trousers, mug, draft, archived, beanie },
  };
}
