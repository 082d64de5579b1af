import { formatMoney } from '@storeloom/ui';

import type { EstimateMoney, PublicEstimateLine } from './estimate-types';

/**
 * "6.5 h × $75.00 per hour" for labour (its quantity is hours), "12 × $45.50" otherwise.
 * Quantities are stored with two decimals and shown in the store's locale.
 */
export function lineQuantity(
  line: Pick<PublicEstimateLine, 'kind' | 'quantity' | 'unitPrice'>,
  money: EstimateMoney,
): string {
  const quantity = new Intl.NumberFormat(money.locale, { maximumFractionDigits: 2 }).format(
    line.quantity,
  );
  const rate = formatMoney(line.unitPrice, money.currency, money.locale);
  return line.kind === 'labour' ? `${quantity} h × ${rate} per hour` : `${quantity} × ${rate}`;
}
