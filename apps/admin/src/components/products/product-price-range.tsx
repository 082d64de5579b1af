import { Money } from '@storeloom/ui';

import type { ProductRow } from '~/lib/product-filters';

/** One price, or the lowest to the highest over the variants. */
export function ProductPriceRange({
  price,
  locale,
}: {
  price: ProductRow['price'];
  locale: string;
}) {
  if (price === null) return <span className="text-subtle-foreground">No variants</span>;
  const { min, max, currency } = price;
  if (min === max) return <Money amountMinor={min} currency={currency} locale={locale} />;
  return (
    <span className="whitespace-nowrap">
      <Money amountMinor={min} currency={currency} locale={locale} /> –{' '}
      <Money amountMinor={max} currency={currency} locale={locale} />
    </span>
  );
}
