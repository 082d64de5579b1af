import { updateVariant as updateProductVariant } from '@storeloom/core';
import { updateVariantInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const updateVariant = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(updateVariantInputSchema)
  .mutation(({ ctx, input }) =>
    updateProductVariant({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
