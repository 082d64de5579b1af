import { cn } from './cn';
import { formatMoney } from './format-money';

export interface MoneyProps {
  /** Integer minor units (cents); never a float of major units. */
  amountMinor: number;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  locale?: string;
  className?: string;
}

export function Money({ amountMinor, currency, locale, className }: MoneyProps) {
  return (
    <span className={cn('tabular-nums', className)}>
      {formatMoney(amountMinor, currency, locale)}
    </span>
  );
}
