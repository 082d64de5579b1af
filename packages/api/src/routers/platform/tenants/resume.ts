import { resumeTenant } from '@storeloom/core';
import { tenantIdInputSchema } from '@storeloom/validators';

import { platformProcedure } from '../../../trpc.ts';

/** Audited as tenant.resume. */
export const resume = platformProcedure
  .input(tenantIdInputSchema)
  .mutation(({ ctx, input }) =>
    resumeTenant({ db: ctx.db, actor: ctx.actor, tenantId: input.tenantId }),
  );
