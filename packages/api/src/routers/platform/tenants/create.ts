import { createTenant } from '@storeloom/core';
import { createTenantInputSchema } from '@storeloom/validators';

import { env } from '../../../env.ts';
import { platformProcedure } from '../../../trpc.ts';

/** Audited as tenant.create. */
export const create = platformProcedure
  .input(createTenantInputSchema)
  .mutation(({ ctx, input }) =>
    createTenant({ db: ctx.db, actor: ctx.actor, input, rootDomain: env.STORELOOM_ROOT_DOMAIN }),
  );
