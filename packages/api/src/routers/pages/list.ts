import { listPages } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const list = merchantProcedure
  .meta({ permission: 'pages:read' })
  .query(({ ctx }) => listPages({ db: ctx.db }));
