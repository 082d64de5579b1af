import type { CheckoutCommand } from '@storeloom/core';
import type { TenantClient } from '@storeloom/db';

import { type ShopperContext, shopperOf } from '../../../session/shopper-cookies.ts';

/** The store, the shopper and the checkout every checkout step works on. */
export async function checkoutCommand(
  ctx: ShopperContext & { db: TenantClient; tenantId: string },
  checkoutId: string,
): Promise<CheckoutCommand> {
  return { db: ctx.db, tenantId: ctx.tenantId, shopper: await shopperOf(ctx), checkoutId };
}
