import { cn, controlClassName, formatMoney } from '@storeloom/ui';
import { CATALOG_PARAM } from '@storeloom/validators';

export interface PriceFilterProps {
  currency: string;
  locale: string;
  /** What is in the URL, shown back as typed (even when it was not a number). */
  text: { min: string; max: string };
  errors: { min?: string; max?: string };
  /** The cheapest and dearest matching prices, ignoring the price filter itself. */
  range: { min: number | null; max: number | null };
}

/** The currency symbol the store's locale writes, e.g. "$" or "€". */
function currencySymbol(currency: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

interface PriceInputProps {
  id: string;
  name: string;
  label: string;
  symbol: string;
  defaultValue: string;
  error: string | undefined;
  hintId: string | undefined;
}

function PriceInput({ id, name, label, symbol, defaultValue, error, hintId }: PriceInputProps) {
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      <div className="relative">
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-sm text-subtle-foreground"
        >
          {symbol}
        </span>
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          maxLength={32}
          defaultValue={defaultValue}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={describedBy}
          className={cn(controlClassName, 'h-9 pr-2', symbol.length > 1 ? 'pl-10' : 'pl-6')}
        />
      </div>
      {error !== undefined && (
        <p id={errorId} className="text-xs font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/** Minimum and maximum price, typed as decimals in the store currency. */
export function PriceFilter({ currency, locale, text, errors, range }: PriceFilterProps) {
  const symbol = currencySymbol(currency, locale);
  const hintId = range.min !== null && range.max !== null ? 'price-filter-hint' : undefined;
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-semibold text-foreground">Price</legend>
      <div className="flex items-start gap-2">
        <PriceInput
          id="filter-min-price"
          name={CATALOG_PARAM.minPrice}
          label="Min"
          symbol={symbol}
          defaultValue={text.min}
          error={errors.min}
          hintId={hintId}
        />
        <span aria-hidden="true" className="mt-8 text-subtle-foreground">
          –
        </span>
        <PriceInput
          id="filter-max-price"
          name={CATALOG_PARAM.maxPrice}
          label="Max"
          symbol={symbol}
          defaultValue={text.max}
          error={errors.max}
          hintId={hintId}
        />
      </div>
      {hintId !== undefined && range.min !== null && range.max !== null && (
        <p id={hintId} className="text-xs text-muted-foreground">
          Prices here run from {formatMoney(range.min, currency, locale)} to{' '}
          {formatMoney(range.max, currency, locale)}.
        </p>
      )}
    </fieldset>
  );
}
