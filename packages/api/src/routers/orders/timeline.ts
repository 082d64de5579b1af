import { getOrderTimeline } from '@storeloom/core';
import { orderIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The order's events and the workflow runs started for it, newest first. */
export const timeline = merchantProcedure
  .meta({ permission: 'orders:read' })
  .input(orderIdInputSchema)
  .query(({ ctx, input }) => getOrderTimeline({ db: ctx.db, orderId: input.orderId }));
