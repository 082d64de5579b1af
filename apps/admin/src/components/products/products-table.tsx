'use client';

import { Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';

import type { ProductRow } from '~/lib/product-filters';

import { ProductInventory } from './product-inventory';
import { ProductPriceRange } from './product-price-range';
import { ProductStatusBadge } from './product-status-badge';
import { ProductThumbnail } from './product-thumbnail';

/** Row checkboxes, for members who may change products. */
export interface ProductSelectionControls {
  selected: ReadonlySet<string>;
  onToggle: (productId: string) => void;
  onToggleAll: (select: boolean) => void;
}

export interface ProductsTableProps {
  products: ProductRow[];
  locale: string;
  selection: ProductSelectionControls | null;
}

const checkboxClassName = 'size-4 rounded border-border accent-accent';

export function ProductsTable({ products, locale, selection }: ProductsTableProps) {
  const selectedOnPage = products.filter((p) => selection?.selected.has(p.id)).length;
  const allSelected = products.length > 0 && selectedOnPage === products.length;

  return (
    <Table>
      <THead>
        <TR>
          {selection !== null && (
            <TH className="w-10 pl-4">
              <input
                type="checkbox"
                aria-label="Select all products shown"
                className={checkboxClassName}
                checked={allSelected}
                ref={(input) => {
                  // Some but not all: the box shows a dash, as in every table with bulk actions.
                  if (input) input.indeterminate = selectedOnPage > 0 && !allSelected;
                }}
                onChange={(event) => {
                  selection.onToggleAll(event.target.checked);
                }}
              />
            </TH>
          )}
          <TH className={selection === null ? 'pl-4' : undefined}>Product</TH>
          <TH>Status</TH>
          <TH numeric>Variants</TH>
          <TH>Inventory</TH>
          <TH numeric className="pr-4">
            Price
          </TH>
        </TR>
      </THead>
      <TBody>
        {products.map((product) => (
          <TR key={product.id}>
            {selection !== null && (
              <TD className="w-10 pl-4">
                <input
                  type="checkbox"
                  aria-label={`Select ${product.title}`}
                  className={checkboxClassName}
                  checked={selection.selected.has(product.id)}
                  onChange={() => {
                    selection.onToggle(product.id);
                  }}
                />
              </TD>
            )}
            <TD className={selection === null ? 'pl-4' : undefined}>
              <div className="flex min-w-0 items-center gap-3">
                <ProductThumbnail image={product.image} />
                <div className="min-w-0">
                  <p className="truncate font-medium text-foreground">{product.title}</p>
                  <p className="truncate text-xs text-muted-foreground">
                    {[product.slug, product.vendor].filter(Boolean).join(' · ')}
                  </p>
                </div>
              </div>
            </TD>
            <TD>
              <ProductStatusBadge status={product.status} />
            </TD>
            <TD numeric className="tabular-nums">
              {product.variantCount}
            </TD>
            <TD className="whitespace-nowrap">
              <ProductInventory available={product.available} />
            </TD>
            <TD numeric className="pr-4 font-medium">
              <ProductPriceRange price={product.price} locale={locale} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
