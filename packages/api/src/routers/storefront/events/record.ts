import { recordPageEvent } from '@storeloom/core';
import { recordPageEventInputSchema } from '@storeloom/validators';

import { visitorSessionId } from '../../../session/visitor-session.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/**
 * A page, product or search view reported by a storefront page (the product page calls it after
 * its response is sent). The store, the visit and the customer come from the request; product
 * and variant ids must be on sale in this store (NOT_FOUND otherwise).
 */
export const record = storefrontProcedure
  .input(recordPageEventInputSchema)
  .mutation(async ({ ctx, input }) => {
    const customer = await ctx.currentCustomer();
    await recordPageEvent({
      db: ctx.db,
      tenantId: ctx.tenantId,
      sessionId: visitorSessionId(ctx),
      customerId: customer?.id ?? null,
      input,
    });
  });
