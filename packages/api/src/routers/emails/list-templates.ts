import { listEmailTemplates } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const listTemplates = merchantProcedure
  .meta({ permission: 'email:read' })
  .query(({ ctx }) => listEmailTemplates({ db: ctx.db, tenantId: ctx.tenantId }));
