import type { TenantClient } from '@storeloom/db';
import { productCsvColumns, type ProductSelection } from '@storeloom/validators';

import { writeCsv } from './csv/csv.ts';
import { currencyDigits, formatMinorUnits } from './money-text.ts';
import { selectProductIds } from './select-products.ts';

/**
 * The selected products (all when no selection) as CSV, one row per variant, with the columns
 * the import reads. Prices are in major units with exactly the currency's decimals; stock is
 * what is on hand at the default location.
 */
export async function exportProductsCsv({
  db,
  selection,
}: {
  db: TenantClient;
  selection?: ProductSelection | undefined;
}): Promise<{ csv: string; products: number; rows: number }> {
  return db.$transaction(async (tx) => {
    const productIds = selection ? await selectProductIds(tx, selection) : undefined;
    const location = await tx.inventoryLocation.findFirst({
      where: { isDefault: true },
      select: { id: true },
    });
    const products = await tx.product.findMany({
      where: productIds ? { id: { in: productIds } } : {},
      orderBy: [{ slug: 'asc' }],
      select: {
        slug: true,
        title: true,
        status: true,
        vendor: true,
        productType: true,
        tags: true,
        categories: { select: { category: { select: { slug: true } } } },
        options: {
          orderBy: [{ position: 'asc' }, { name: 'asc' }],
          select: { id: true, name: true },
        },
        variants: {
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          select: {
            sku: true,
            price: true,
            compareAtPrice: true,
            costPrice: true,
            currency: true,
            weightGrams: true,
            barcode: true,
            optionValues: { select: { optionValue: { select: { optionId: true, value: true } } } },
            inventoryLevels: { select: { locationId: true, onHand: true } },
          },
        },
      },
    });

    const records: string[][] = [[...productCsvColumns]];
    for (const product of products) {
      const categorySlugs = product.categories.map((link) => link.category.slug).sort();
      for (const variant of product.variants) {
        const digits = currencyDigits(variant.currency);
        const money = (amount: number | null) =>
          amount === null ? '' : formatMinorUnits(amount, digits);
        const valueOf = new Map(
          variant.optionValues.map(({ optionValue }) => [optionValue.optionId, optionValue.value]),
        );
        const optionCells = [0, 1, 2].flatMap((index) => {
          const option = product.options[index];
          return option ? [option.name, valueOf.get(option.id) ?? ''] : ['', ''];
        });
        records.push([
          product.slug,
          product.title,
          product.status,
          product.vendor ?? '',
          product.productType ?? '',
          product.tags.join(', '),
          categorySlugs.join(', '),
          ...optionCells,
          variant.sku,
          money(variant.price),
          money(variant.compareAtPrice),
          money(variant.costPrice),
          String(variant.weightGrams),
          variant.barcode ?? '',
          location ? String(onHandAt(variant.inventoryLevels, location.id)) : '',
        ]);
      }
    }
    return { csv: writeCsv(records), products: products.length, rows: records.length - 1 };
  });
}

function onHandAt(levels: readonly { locationId: string; onHand: number }[], locationId: string) {
  return levels.find((level) => level.locationId === locationId)?.onHand ?? 0;
}
