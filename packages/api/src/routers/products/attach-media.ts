import { attachProductMedia } from '@storeloom/core';
import { attachProductMediaInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const attachMedia = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(attachProductMediaInputSchema)
  .mutation(({ ctx, input }) =>
    attachProductMedia({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
