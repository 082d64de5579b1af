import { z } from 'zod';

import { listStorefrontProducts } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';

export const listProducts = storefrontProcedure
  .input(
    z.object({
      limit: z.number().int().min(1).max(60).default(24),
      cursor: z.string().max(64).optional(),
    }),
  )
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('listProducts', input, () =>
      listStorefrontProducts({ db: ctx.db, limit: input.limit, cursor: input.cursor }),
    ),
  );
