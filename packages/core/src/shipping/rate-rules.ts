import type { ShippingRateBasis } from '@storeloom/db';

import { badRequest } from '../errors/domain-error.ts';

/** A band is [minValue, maxValue): flat rates have none, and a band cannot be empty. */
export function checkRateBand(rate: {
  basis: ShippingRateBasis;
  minValue: number | null;
  maxValue: number | null;
}): void {
  if (rate.basis === 'flat' && (rate.minValue !== null || rate.maxValue !== null)) {
    throw badRequest('A flat rate has no weight or order value band');
  }
  if (rate.minValue !== null && rate.maxValue !== null && rate.minValue >= rate.maxValue) {
    throw badRequest('The band minimum must be below its maximum');
  }
}
