import { listMembers } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const list = merchantProcedure
  .meta({ permission: 'members:read' })
  .query(({ ctx }) => listMembers({ db: ctx.db }));
