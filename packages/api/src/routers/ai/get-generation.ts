import { getAiGeneration } from '@storeloom/core';
import { aiGenerationIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const getGeneration = merchantProcedure
  .meta({ permission: 'ai:use' })
  .input(aiGenerationIdInputSchema)
  .query(({ ctx, input }) => getAiGeneration({ db: ctx.db, generationId: input.generationId }));
