import { formatAmount } from '../pricing/format-amount.ts';

export type CartLineIssueCode =
  'unavailable' | 'out_of_stock' | 'insufficient_stock' | 'price_changed';

export interface CartLineIssue {
  code: CartLineIssueCode;
  /** A sentence the storefront shows as is. */
  message: string;
  /** Blocking issues stop checkout until the shopper changes the line. */
  blocking: boolean;
}

export interface CartLineFacts {
  label: string;
  quantity: number;
  /** The unit price the shopper saw when adding the line. */
  seenUnitPrice: number;
  unitPrice: number;
  currency: string;
  productActive: boolean;
  /** Units that can be bought; null when stock is not limited (untracked or backorders). */
  available: number | null;
}

/**
 * What changed since the shopper added a line. Reads never change a cart: the shopper is told,
 * and checkout refuses blocking issues until the line is changed or removed.
 */
export function cartLineIssues(line: CartLineFacts): CartLineIssue[] {
  if (!line.productActive) {
    return [
      { code: 'unavailable', message: `${line.label} is no longer available`, blocking: true },
    ];
  }
  const issues: CartLineIssue[] = [];
  if (line.seenUnitPrice !== line.unitPrice) {
    const from = formatAmount(line.seenUnitPrice, line.currency);
    const to = formatAmount(line.unitPrice, line.currency);
    issues.push({
      code: 'price_changed',
      message: `The price of ${line.label} changed from ${from} to ${to}`,
      blocking: false,
    });
  }
  if (line.available !== null && line.available < line.quantity) {
    issues.push(
      line.available <= 0
        ? { code: 'out_of_stock', message: `${line.label} is out of stock`, blocking: true }
        : {
            code: 'insufficient_stock',
            message: `Only ${line.available} left of ${line.label}`,
            blocking: true,
          },
    );
  }
  return issues;
}
