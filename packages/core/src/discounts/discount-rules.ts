import type { DiscountKind, DiscountMethod, DiscountScope } from '@storeloom/db';

import { badRequest } from '../errors/domain-error.ts';

/** A discount's settings as they will be saved (after merging an update into the row). */
export interface DiscountSettings {
  method: DiscountMethod;
  code: string | null;
  kind: DiscountKind;
  value: number;
  currency: string | null;
  scope: DiscountScope;
  productIds: readonly string[];
  categoryIds: readonly string[];
  startsAt: Date | null;
  endsAt: Date | null;
}

/**
 * The rules that tie a discount's fields together. Returns the value and currency to store:
 * fixed amounts are always in the store currency; free shipping carries no value.
 */
export function checkDiscountSettings(
  settings: DiscountSettings,
  storeCurrency: string,
): { value: number; currency: string | null } {
  if (settings.method === 'code' && !settings.code) throw badRequest('Enter a code');
  if (settings.method === 'automatic' && settings.code) {
    throw badRequest('Automatic discounts apply without a code; remove the code');
  }
  if (settings.startsAt && settings.endsAt && settings.endsAt <= settings.startsAt) {
    throw badRequest('The end date must be after the start date');
  }
  if (settings.scope === 'products' && settings.productIds.length === 0) {
    throw badRequest('Choose at least one product');
  }
  if (settings.scope === 'categories' && settings.categoryIds.length === 0) {
    throw badRequest('Choose at least one category');
  }
  if (settings.scope !== 'products' && settings.productIds.length > 0) {
    throw badRequest('Products can only be chosen when the discount applies to products');
  }
  if (settings.scope !== 'categories' && settings.categoryIds.length > 0) {
    throw badRequest('Categories can only be chosen when the discount applies to categories');
  }
  if (settings.kind === 'percentage') {
    if (settings.value < 1 || settings.value > 10_000) {
      throw badRequest('A percentage is between 0.01% and 100% (1 to 10000 basis points)');
    }
    return { value: settings.value, currency: null };
  }
  if (settings.kind === 'fixed_amount') {
    if (settings.currency !== null && settings.currency !== storeCurrency) {
      throw badRequest(`Fixed amounts are in the store currency (${storeCurrency})`);
    }
    if (settings.value < 1) throw badRequest('A fixed amount is at least one minor unit');
    return { value: settings.value, currency: storeCurrency };
  }
  return { value: 0, currency: null };
}
