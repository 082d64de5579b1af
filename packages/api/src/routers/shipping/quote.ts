import { previewShippingQuote } from '@storeloom/core';
import { shippingQuoteInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** A preview for the admin: the options a shopper at this address would see. */
export const quote = merchantProcedure
  .meta({ permission: 'shipping:read' })
  .input(shippingQuoteInputSchema)
  .query(({ ctx, input }) => previewShippingQuote({ db: ctx.db, tenantId: ctx.tenantId, input }));
