import { getCart } from '@storeloom/core';

import { shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** The shopper's cart, checked against current prices and stock; empty when there is none. */
export const get = storefrontProcedure.query(async ({ ctx }) =>
  getCart({ db: ctx.db, tenantId: ctx.tenantId, shopper: await shopperOf(ctx) }),
);
