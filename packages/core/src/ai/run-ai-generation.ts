import {
  costMicros,
  createAiClient,
  priceTable,
  isAiError,
  type AiProvider,
  type AiProviderConfig,
  type PriceTable,
} from '@storeloom/ai';
import type { Prisma, TenantClient } from '@storeloom/db';

import { readEncryptionKeyRing, type EncryptionKeyRing } from '../credentials/encryption-keys.ts';
import { conflict, isDomainError, notFound } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { getLocalMediaStore, type LocalMediaStore } from '../media/local-media-store.ts';
import {
  generateForKind,
  isSupportedAiKind,
  parseAiInput,
  type AiKindResult,
  type ParsedAiInput,
} from './ai-generation-kinds.ts';
import { aiGenerationSelect, type AiGenerationView } from './ai-generation-view.ts';
import { aiUnavailableReason } from './ai-unavailable.ts';
import { platformAiConfig } from './platform-ai-config.ts';
import { resolveAiProviders } from './resolve-ai-providers.ts';
import { writeGeneratedImage } from './store-generated-image.ts';

/** Longer than any provider timeout with retries: a run still "running" after this has died. */
const STALE_RUN_MS = 10 * 60 * 1000;

const UNEXPECTED_FAILURE = 'The generation failed unexpectedly. Try again.';

type Completion = {
  status: 'succeeded' | 'failed';
  data: Prisma.AiGenerationUncheckedUpdateManyInput;
};

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  return bytes.length >= 24 && bytes.subarray(12, 16).toString('latin1') === 'IHDR'
    ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
    : null;
}

/**
 * Runs one queued generation: what the workflow engine calls for `ai.generation.requested`.
 * Idempotent: a finished generation is returned as it is, and a run claims the row
 * (queued → running) so a concurrent or repeated delivery cannot call the provider twice. A
 * provider failure, or configuration that vanished since queuing, ends the row as failed with a
 * message the UI shows; output is stored only when it parsed.
 */
export async function runAiGeneration({
  db,
  tenantId,
  generationId,
  keys = readEncryptionKeyRing(),
  platform = platformAiConfig(),
  clientFactory = createAiClient,
  prices,
  mediaStore = getLocalMediaStore(),
  now = () => new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  generationId: string;
  keys?: EncryptionKeyRing;
  platform?: readonly AiProviderConfig[];
  clientFactory?: (configs: readonly AiProviderConfig[]) => AiProvider;
  /** Price overrides laid over the default table (see @storeloom/ai `priceTable`). */
  prices?: PriceTable;
  mediaStore?: LocalMediaStore;
  now?: () => Date;
}): Promise<AiGenerationView> {
  const read = async () => {
    const row = await db.aiGeneration.findFirst({
      where: { id: generationId },
      select: aiGenerationSelect,
    });
    if (!row) throw notFound('AI generation');
    return row;
  };
  const row = await read();
  if (row.status !== 'queued' && row.status !== 'running') return row;

  const startedAt = now();
  const claimed = await db.aiGeneration.updateMany({
    where: {
      id: generationId,
      OR: [
        { status: 'queued' },
        { status: 'running', startedAt: { lt: new Date(startedAt.getTime() - STALE_RUN_MS) } },
      ],
    },
    data: { status: 'running', startedAt },
  });
  if (claimed.count === 0) {
    const current = await read();
    if (current.status === 'running') throw conflict('This generation is already running.');
    return current;
  }

  const finish = async (
    { status, data }: Completion,
    image?: Prisma.MediaAssetUncheckedCreateInput,
  ) => {
    await db.$transaction(async (tx) => {
      // Only the run that claimed the row may finish it.
      const updated = await tx.aiGeneration.updateMany({
        where: { id: generationId, status: 'running', startedAt },
        data: { ...data, status, completedAt: now() },
      });
      if (updated.count === 0) return;
      if (image) {
        await tx.mediaAsset.upsert({
          where: { tenantId_storageKey: { tenantId, storageKey: image.storageKey } },
          create: image,
          update: { ...image },
        });
      }
      await emitDomainEvent(tx, tenantId, 'ai.generation.completed', { generationId, status });
    });
    return read();
  };
  const fail = (message: string) => finish({ status: 'failed', data: { error: message } });

  if (!isSupportedAiKind(row.kind)) {
    return fail(`Generations of kind ${row.kind} are not supported.`);
  }
  const table = priceTable(prices);
  let request: ParsedAiInput;
  let result: AiKindResult;
  let stored: { storageKey: string; url: string } | null = null;
  try {
    const resolved = await resolveAiProviders({ db, tenantId, keys, platform });
    const unavailable = aiUnavailableReason(resolved, row.kind);
    if (unavailable) return await fail(unavailable.message);
    request = parseAiInput(row.kind, row.input);
    result = await generateForKind(clientFactory(resolved.configs), request);
    if (result.type === 'image') {
      stored = await writeGeneratedImage({
        db,
        tenantId,
        generationId,
        image: result.image,
        mediaStore,
      });
    }
  } catch (error) {
    // Provider failures and unusable settings (a key that no longer decrypts) are the
    // merchant's to fix: the row says why. Anything else is a bug and is rethrown as well.
    if (isAiError(error) || isDomainError(error)) return fail(error.message);
    await fail(UNEXPECTED_FAILURE);
    throw error;
  }

  if (result.type === 'text') {
    return finish({
      status: 'succeeded',
      data: {
        output: result.output,
        provider: result.provider,
        model: result.model,
        promptTokens: result.usage.promptTokens,
        completionTokens: result.usage.completionTokens,
        costMicros: costMicros({ model: result.model, usage: result.usage, table }),
      },
    });
  }

  const { image } = result;
  if (!stored) throw new Error('An image generation finished without a stored file');
  return finish(
    {
      status: 'succeeded',
      data: {
        output: { ...stored, contentType: image.contentType, byteSize: image.bytes.length },
        provider: image.provider,
        model: image.model,
        promptTokens: image.usage.promptTokens,
        completionTokens: image.usage.completionTokens,
        costMicros: costMicros({ model: image.model, usage: image.usage, images: 1, table }),
      },
    },
    {
      tenantId,
      kind: 'image',
      storageKey: stored.storageKey,
      url: stored.url,
      mimeType: image.contentType,
      byteSize: image.bytes.length,
      ...pngSize(image.bytes),
      altText: request.kind === 'image' ? request.input.title : null,
      isAiGenerated: true,
      aiGenerationId: generationId,
    },
  );
}
