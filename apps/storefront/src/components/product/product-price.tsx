import { Badge, Money } from '@storeloom/ui';

export interface ProductPriceProps {
  price: number;
  compareAtPrice: number | null;
  currency: string;
  locale: string;
  /** Prefix "From": no single variant is chosen and prices differ. */
  from?: boolean;
}

/** Whole percent saved against the compare-at price, rounded down so it never overstates. */
export function savingsPercent(price: number, compareAtPrice: number | null): number {
  if (compareAtPrice === null || compareAtPrice <= price || compareAtPrice <= 0) return 0;
  return Math.floor(((compareAtPrice - price) / compareAtPrice) * 100);
}

/** The price, and on sale the compare-at price struck through with what the shopper saves. */
export function ProductPrice({
  price,
  compareAtPrice,
  currency,
  locale,
  from = false,
}: ProductPriceProps) {
  const onSale = compareAtPrice !== null && compareAtPrice > price;
  const saving = savingsPercent(price, compareAtPrice);
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <span className="text-2xl font-semibold tracking-tight text-foreground">
        {from && <span className="text-base font-normal text-muted-foreground">From </span>}
        <span className="sr-only">{onSale ? 'Sale price ' : 'Price '}</span>
        <Money amountMinor={price} currency={currency} locale={locale} />
      </span>
      {onSale && (
        <>
          <s className="text-base text-subtle-foreground">
            <span className="sr-only">Regular price </span>
            <Money amountMinor={compareAtPrice} currency={currency} locale={locale} />
          </s>
          {saving > 0 && <Badge tone="danger">Save {saving}%</Badge>}
        </>
      )}
    </p>
  );
}
