import type { ProductRow } from '~/lib/product-filters';

/** Units available to sell over the variants that track stock, as `products.list` counts them. */
export function ProductInventory({ available }: { available: ProductRow['available'] }) {
  if (available === null) return <span className="text-subtle-foreground">Not tracked</span>;
  if (available === 0) return <span className="font-medium text-danger">Out of stock</span>;
  return <span className="tabular-nums">{available.toLocaleString('en')} in stock</span>;
}
