import { suspendTenant } from '@storeloom/core';
import { suspendTenantInputSchema } from '@storeloom/validators';

import { platformProcedure } from '../../../trpc.ts';

/** Audited as tenant.suspend; the storefront answers 503 and members are locked out. */
export const suspend = platformProcedure
  .input(suspendTenantInputSchema)
  .mutation(({ ctx, input }) =>
    suspendTenant({ db: ctx.db, actor: ctx.actor, tenantId: input.tenantId, reason: input.reason }),
  );
