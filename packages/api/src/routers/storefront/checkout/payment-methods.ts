import { listCheckoutPaymentMethods } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';

/** The methods this store takes right now (enabled and configured), with public keys only. */
export const paymentMethods = storefrontProcedure.query(({ ctx }) =>
  ctx.db.$transaction((tx) => listCheckoutPaymentMethods({ db: tx, tenantId: ctx.tenantId })),
);
