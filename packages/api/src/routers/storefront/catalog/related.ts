import { listRelatedProducts } from '@storeloom/core';
import { productRecommendationsInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** Products like this one (same category, shared tags), in stock first; NOT_FOUND if it is not on sale. */
export const related = storefrontProcedure
  .input(productRecommendationsInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('related', input, () =>
      listRelatedProducts({ db: ctx.db, tenantId: ctx.tenantId, ...input }),
    ),
  );
