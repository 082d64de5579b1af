import { viewPublicEstimate } from '@storeloom/core';
import { estimateTokenInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** The estimate behind a public link: prices and totals, never costs. No sign-in needed. */
export const view = storefrontProcedure
  .input(estimateTokenInputSchema)
  .query(({ ctx, input }) => viewPublicEstimate({ db: ctx.db, token: input.token }));
