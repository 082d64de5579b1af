import { queueAiGeneration } from '@storeloom/core';
import { requestAiGenerationInputSchema } from '@storeloom/validators';

import { shopperRateLimiter } from '../../session/shopper-rate-limit.ts';
import { merchantProcedure } from '../../trpc.ts';

/**
 * Queues a generation and answers at once with the queued row; the UI polls
 * `ai.generations.get` until it succeeds or fails. Limited per store and per member.
 */
export const requestGeneration = merchantProcedure
  .meta({ permission: 'ai:use' })
  .input(requestAiGenerationInputSchema)
  .mutation(({ ctx, input }) =>
    queueAiGeneration({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      kind: input.kind,
      input: input.input,
      targetType: input.targetType,
      targetId: input.targetId,
      idempotencyKey: input.idempotencyKey,
      // The shared PostgreSQL buckets, the same limiter the storefront uses.
      rateLimit: shopperRateLimiter(ctx.database),
    }),
  );
