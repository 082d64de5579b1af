import type { TenantClient } from '@storeloom/db';

let sequence = 0;

/**
 * Test support: a fresh active product with one variant, stocked at the given location (no
 * ledger entry: it stands for stock that was there before the test).
 */
export async function createStockedVariant(
  db: TenantClient,
  {
    tenantId,
    locationId,
    onHand,
    lowStockThreshold = null,
    title = 'Linen Shirt',
    variantTitle = 'M',
  }: {
    tenantId: string;
    locationId: string;
    onHand: number;
    lowStockThreshold?: number | null;
    title?: string;
    variantTitle?: string;
  },
): Promise<{ productId: string; variantId: string; sku: string }> {
  sequence += 1;
  const sku = `TEST-${Date.now().toString(36)}-${sequence}`;
  const product = await db.product.create({
    data: { tenantId, title, slug: `product-${sku.toLowerCase()}`, status: 'active' },
  });
  const variant = await db.productVariant.create({
    data: {
      tenantId,
      productId: product.id,
      title: variantTitle,
      sku,
      price: 2500,
      currency: 'USD',
      lowStockThreshold,
    },
  });
  await db.inventoryLevel.create({
    data: { tenantId, variantId: variant.id, locationId, onHand },
  });
  return { productId: product.id, variantId: variant.id, sku };
}
