import type { TenantClient } from '@storeloom/db';
import type { EmailTemplateInput } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { distinctVariantTitle } from './variant-label.ts';

/**
 * The `low_stock` email of one `inventory.low_stock` event: the variant (product, variant title,
 * SKU), the location, and the availability and threshold the event recorded when it crossed.
 */
export async function lowStockAlertEmail({
  db,
  variantId,
  locationId,
  available,
  threshold,
}: {
  db: TenantClient;
  variantId: string;
  locationId: string;
  available: number;
  threshold: number;
}): Promise<EmailTemplateInput<'low_stock'>> {
  const [variant, location] = await Promise.all([
    db.productVariant.findFirst({
      where: { id: variantId },
      select: { title: true, sku: true, product: { select: { title: true } } },
    }),
    db.inventoryLocation.findFirst({ where: { id: locationId }, select: { name: true } }),
  ]);
  if (!variant) throw notFound('Variant');
  if (!location) throw notFound('Location');
  return {
    items: [
      {
        productTitle: variant.product.title,
        variantTitle: distinctVariantTitle(variant.title),
        sku: variant.sku || undefined,
        locationName: location.name,
        available,
        threshold,
      },
    ],
  };
}
