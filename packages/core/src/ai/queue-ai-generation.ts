import { randomUUID } from 'node:crypto';

import type { AiProviderConfig } from '@storeloom/ai';
import type { TenantClient } from '@storeloom/db';
import type { AiTargetType } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { isUniqueViolation } from '../checkout/unique-violation.ts';
import type { RateLimiter } from '../customer-accounts/rate-limiter.ts';
import { readEncryptionKeyRing, type EncryptionKeyRing } from '../credentials/encryption-keys.ts';
import { badRequest, conflict, notFound } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { parseAiInput, promptFor, type SupportedAiKind } from './ai-generation-kinds.ts';
import { aiGenerationSelect, type AiGenerationView } from './ai-generation-view.ts';
import { assertAiAvailable } from './ai-unavailable.ts';
import { platformAiConfig } from './platform-ai-config.ts';
import { resolveAiProviders } from './resolve-ai-providers.ts';

const HOUR = 60 * 60;

async function assertTargetExists(
  db: TenantClient,
  targetType: AiTargetType | undefined,
  targetId: string | undefined,
): Promise<void> {
  if (!targetType && !targetId) return;
  if (!targetType || !targetId)
    throw badRequest('Give both a target type and a target id, or neither.');
  const found =
    targetType === 'product'
      ? await db.product.findFirst({ where: { id: targetId }, select: { id: true } })
      : await db.page.findFirst({ where: { id: targetId }, select: { id: true } });
  if (!found) throw notFound(targetType === 'product' ? 'Product' : 'Page');
}

/**
 * Queues one AI generation: the row and its `ai.generation.requested` event commit together, and
 * the workflow engine runs it through `runAiGeneration`. The same idempotency key returns the
 * same generation. Without a usable provider nothing is queued: the caller gets the typed
 * "AI is not configured" error (PRECONDITION_FAILED) instead of a result that can never come.
 */
export async function queueAiGeneration({
  db,
  tenantId,
  actor,
  kind,
  input,
  targetType,
  targetId,
  idempotencyKey = randomUUID(),
  rateLimit,
  keys = readEncryptionKeyRing(),
  platform = platformAiConfig(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  kind: SupportedAiKind;
  input: unknown;
  targetType?: AiTargetType | undefined;
  targetId?: string | undefined;
  idempotencyKey?: string | undefined;
  /** Bound to the shared PostgreSQL buckets by the caller; AI calls cost money. */
  rateLimit: RateLimiter;
  keys?: EncryptionKeyRing;
  platform?: readonly AiProviderConfig[];
}): Promise<AiGenerationView> {
  await assertTargetExists(db, targetType, targetId);
  const request = parseAiInput(kind, input);

  const findExisting = () =>
    db.aiGeneration.findFirst({ where: { idempotencyKey }, select: aiGenerationSelect });
  const existing = await findExisting();
  if (existing) {
    if (existing.kind !== kind)
      throw conflict('This idempotency key was used for another request.');
    return existing;
  }

  await rateLimit({ key: `ai-generation:${tenantId}`, limit: 200, windowSeconds: HOUR });
  await rateLimit({
    key: `ai-generation:${tenantId}:actor:${actor.id ?? actor.type}`,
    limit: 60,
    windowSeconds: HOUR,
  });
  assertAiAvailable(await resolveAiProviders({ db, tenantId, keys, platform }), kind);

  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.aiGeneration.create({
        data: {
          tenantId,
          kind,
          status: 'queued',
          prompt: promptFor(request),
          input: request.input,
          targetType: targetType ?? null,
          targetId: targetId ?? null,
          requestedById: actor.id,
          idempotencyKey,
        },
        select: aiGenerationSelect,
      });
      await emitDomainEvent(tx, tenantId, 'ai.generation.requested', { generationId: created.id });
      return created;
    });
  } catch (error) {
    // A concurrent request with the same key won: answer with its row.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findExisting();
    if (!winner) throw error;
    return winner;
  }
}
