import {
  MAX_PRODUCT_VARIANTS,
  type ProductCsvRejection,
  type ProductStatus,
} from '@storeloom/validators';

import { combinationKey, variantTitle } from '../variant-matrix.ts';
import { type ProductCsvFields, type ProductCsvRow, splitList } from './read-product-csv.ts';

export interface PlannedVariant {
  row: number;
  sku: string;
  values: string[];
  title: string;
  price: number;
  compareAtPrice: number | null;
  costPrice: number | null;
  weightGrams: number;
  barcode: string | null;
  stock: number | null;
}

/** What the file says one product (one handle) should be. */
export interface PlannedProduct {
  handle: string;
  /** The row that carries the product's fields: the handle's first row. */
  row: number;
  title: string;
  /** Null: a new product is a draft, an existing one keeps its status. */
  status: ProductStatus | null;
  vendor: string | null;
  productType: string | null;
  tags: string[];
  categorySlugs: string[];
  options: { name: string; values: string[] }[];
  variants: PlannedVariant[];
}

const columnOf: Record<keyof ProductCsvFields, ProductCsvRejection['column']> = {
  title: 'title',
  status: 'status',
  vendor: 'vendor',
  productType: 'product_type',
  tags: 'tags',
  categorySlugs: 'category_slugs',
};

const isStatus = (value: string): value is ProductStatus =>
  value === 'draft' || value === 'active' || value === 'archived';

/**
 * Groups checked rows into products by handle. The first row of a handle carries the product's
 * fields; later rows may leave them blank or must repeat them. Every row of a handle names the
 * same options; no two rows share a combination; a SKU appears once in the file.
 */
export function planProductImport(rows: readonly ProductCsvRow[]): {
  products: PlannedProduct[];
  rejected: ProductCsvRejection[];
} {
  const rejected: ProductCsvRejection[] = [];
  const byHandle = new Map<
    string,
    { first: ProductCsvRow; plan: PlannedProduct; combos: Map<string, number> }
  >();
  const skuRow = new Map<string, number>();

  for (const row of rows) {
    const previousSku = skuRow.get(row.sku);
    if (previousSku !== undefined) {
      rejected.push({
        row: row.row,
        column: 'sku',
        message: `The SKU ${row.sku} is also on row ${previousSku}`,
      });
      continue;
    }
    skuRow.set(row.sku, row.row);

    let group = byHandle.get(row.handle);
    if (!group) {
      if (row.fields.title === '') {
        rejected.push({
          row: row.row,
          column: 'title',
          message: `The first row of ${row.handle} needs a title`,
        });
        continue;
      }
      group = { first: row, plan: newPlan(row), combos: new Map() };
      byHandle.set(row.handle, group);
    } else {
      const problems = inconsistencies(group.first, row);
      if (problems.length > 0) {
        rejected.push(...problems);
        continue;
      }
    }
    const values = row.options.map((option) => option.value);
    const key = combinationKey(values);
    const sameCombo = group.combos.get(key);
    if (sameCombo !== undefined) {
      rejected.push({
        row: row.row,
        column: 'option1_value',
        message: `Row ${sameCombo} already has the options ${variantTitle(values)} for ${row.handle}`,
      });
      continue;
    }
    group.combos.set(key, row.row);
    for (const [index, option] of row.options.entries()) {
      const known = group.plan.options[index]?.values;
      if (known && !known.includes(option.value)) known.push(option.value);
    }
    group.plan.variants.push({
      row: row.row,
      sku: row.sku,
      values,
      title: variantTitle(values),
      price: row.price,
      compareAtPrice: row.compareAtPrice,
      costPrice: row.costPrice,
      weightGrams: row.weightGrams,
      barcode: row.barcode,
      stock: row.stock,
    });
  }

  for (const { plan } of byHandle.values()) {
    if (plan.variants.length > MAX_PRODUCT_VARIANTS) {
      rejected.push({
        row: plan.row,
        message: `${plan.handle} has ${plan.variants.length} variants; a product can have at most ${MAX_PRODUCT_VARIANTS}`,
      });
    }
    if (plan.options.some((option) => option.values.length > 50)) {
      rejected.push({
        row: plan.row,
        message: `${plan.handle} has an option with more than 50 values`,
      });
    }
  }
  return { products: [...byHandle.values()].map((group) => group.plan), rejected };
}

function newPlan(row: ProductCsvRow): PlannedProduct {
  const { fields } = row;
  return {
    handle: row.handle,
    row: row.row,
    title: fields.title,
    status: isStatus(fields.status) ? fields.status : null,
    vendor: fields.vendor || null,
    productType: fields.productType || null,
    tags: splitList(fields.tags),
    categorySlugs: splitList(fields.categorySlugs),
    options: row.options.map((option) => ({ name: option.name, values: [] })),
    variants: [],
  };
}

function inconsistencies(first: ProductCsvRow, row: ProductCsvRow): ProductCsvRejection[] {
  const problems: ProductCsvRejection[] = [];
  for (const key of Object.keys(columnOf) as (keyof ProductCsvFields)[]) {
    const value = row.fields[key];
    if (value !== '' && value !== first.fields[key]) {
      problems.push({
        row: row.row,
        column: columnOf[key],
        message: `${columnOf[key] ?? key} differs from row ${first.row}, the first row of ${row.handle}; leave it blank or repeat it`,
      });
    }
  }
  const names = (r: ProductCsvRow) => r.options.map((option) => option.name).join('\u0000');
  if (names(row) !== names(first)) {
    problems.push({
      row: row.row,
      column: 'option1_name',
      message: `Every row of ${row.handle} must name the same options as row ${first.row}`,
    });
  }
  return problems;
}
