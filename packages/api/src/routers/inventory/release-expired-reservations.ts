import { releaseExpiredReservations as releaseExpired } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

/** Frees stock held by checkouts whose hold has run out; the scheduled workflow does the same. */
export const releaseExpiredReservations = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .mutation(async ({ ctx }) => ({
    released: await releaseExpired({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      now: new Date(),
    }),
  }));
