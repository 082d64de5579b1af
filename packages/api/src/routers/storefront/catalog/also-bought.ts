import { listAlsoBoughtProducts } from '@storeloom/core';
import { productRecommendationsInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/**
 * "Customers also bought": products on the same bought orders, most orders first. Sales send no
 * change notice, so a new order shows once the cache entry expires (within a minute).
 */
export const alsoBought = storefrontProcedure
  .input(productRecommendationsInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('alsoBought', input, () =>
      listAlsoBoughtProducts({ db: ctx.db, tenantId: ctx.tenantId, ...input }),
    ),
  );
