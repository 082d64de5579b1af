import { setProductOptions } from '@storeloom/core';
import { setProductOptionsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const setOptions = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(setProductOptionsInputSchema)
  .mutation(({ ctx, input }) =>
    setProductOptions({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
