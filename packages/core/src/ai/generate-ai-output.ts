import {
  costMicros,
  createAiClient,
  isAiError,
  priceTable,
  type AiProvider,
  type AiProviderConfig,
  type PriceTable,
} from '@storeloom/ai';
import type { Prisma, TenantClient } from '@storeloom/db';
import { z } from 'zod';

import type { EncryptionKeyRing } from '../credentials/encryption-keys.ts';
import { isDomainError, notFound } from '../errors/domain-error.ts';
import type { LocalMediaStore } from '../media/local-media-store.ts';
import { generateForKind, isSupportedAiKind, parseAiInput } from './ai-generation-kinds.ts';
import { aiUnavailableReason } from './ai-unavailable.ts';
import { resolveAiProviders } from './resolve-ai-providers.ts';
import { writeGeneratedImage } from './store-generated-image.ts';

/** A generated image, already written to the store's media folder. */
export interface GeneratedMedia {
  storageKey: string;
  url: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  altText: string | null;
}

/**
 * What a provider call came to, as plain JSON, so a workflow step can hand it to the step that
 * records it: a failure the merchant must act on, or the output with its metered usage.
 */
export type AiGenerationOutcome =
  | { status: 'failed'; error: string }
  | {
      status: 'succeeded';
      output: Prisma.InputJsonObject;
      provider: string;
      model: string;
      promptTokens: number;
      completionTokens: number;
      costMicros: number;
      media: GeneratedMedia | null;
    };

/**
 * An outcome read back from where a workflow engine stored it (a step's JSON result), checked
 * before it is recorded: the step that records it may run in another process, much later.
 */
export const aiGenerationOutcomeSchema: z.ZodType<AiGenerationOutcome> = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('failed'), error: z.string() }),
    z.object({
      status: z.literal('succeeded'),
      output: z.record(z.string(), z.json()),
      provider: z.string(),
      model: z.string(),
      promptTokens: z.number().int().min(0),
      completionTokens: z.number().int().min(0),
      costMicros: z.number().int().min(0),
      media: z
        .object({
          storageKey: z.string(),
          url: z.string(),
          mimeType: z.string(),
          byteSize: z.number().int().min(0),
          width: z.number().int().nullable(),
          height: z.number().int().nullable(),
          altText: z.string().nullable(),
        })
        .nullable(),
    }),
  ],
);

export interface GenerateAiOutputOptions {
  db: TenantClient;
  tenantId: string;
  generationId: string;
  keys: EncryptionKeyRing;
  platform: readonly AiProviderConfig[];
  clientFactory?: (configs: readonly AiProviderConfig[]) => AiProvider;
  /** Price overrides laid over the default table (see @storeloom/ai `priceTable`). */
  prices?: PriceTable | undefined;
  mediaStore: LocalMediaStore;
}

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  return bytes.length >= 24 && bytes.subarray(12, 16).toString('latin1') === 'IHDR'
    ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
    : null;
}

/**
 * Calls the provider for a claimed generation: resolves the store's providers again (settings may
 * have changed since queuing), runs the generator of its kind, writes an image to the media
 * folder (named after the generation, so a repeat overwrites it), and prices the usage. Provider
 * failures and unusable settings come back as a failed outcome with the message the UI shows;
 * anything else is a bug and is thrown.
 */
export async function generateAiOutput({
  db,
  tenantId,
  generationId,
  keys,
  platform,
  clientFactory = createAiClient,
  prices,
  mediaStore,
}: GenerateAiOutputOptions): Promise<AiGenerationOutcome> {
  const row = await db.aiGeneration.findFirst({
    where: { id: generationId },
    select: { kind: true, input: true },
  });
  if (!row) throw notFound('AI generation');
  if (!isSupportedAiKind(row.kind)) {
    return { status: 'failed', error: `Generations of kind ${row.kind} are not supported.` };
  }
  const table = priceTable(prices);
  try {
    const resolved = await resolveAiProviders({ db, tenantId, keys, platform });
    const unavailable = aiUnavailableReason(resolved, row.kind);
    if (unavailable) return { status: 'failed', error: unavailable.message };
    const request = parseAiInput(row.kind, row.input);
    const result = await generateForKind(clientFactory(resolved.configs), request);
    if (result.type === 'text') {
      return {
        status: 'succeeded',
        output: result.output,
        provider: result.provider,
        model: result.model,
        promptTokens: result.usage.promptTokens,
        completionTokens: result.usage.completionTokens,
        costMicros: costMicros({ model: result.model, usage: result.usage, table }),
        media: null,
      };
    }
    const { image } = result;
    const stored = await writeGeneratedImage({ db, tenantId, generationId, image, mediaStore });
    const size = pngSize(image.bytes);
    return {
      status: 'succeeded',
      output: { ...stored, contentType: image.contentType, byteSize: image.bytes.length },
      provider: image.provider,
      model: image.model,
      promptTokens: image.usage.promptTokens,
      completionTokens: image.usage.completionTokens,
      costMicros: costMicros({ model: image.model, usage: image.usage, images: 1, table }),
      media: {
        ...stored,
        mimeType: image.contentType,
        byteSize: image.bytes.length,
        width: size?.width ?? null,
        height: size?.height ?? null,
        altText: request.kind === 'image' ? request.input.title : null,
      },
    };
  } catch (error) {
    // Provider failures and unusable settings (a key that no longer decrypts) are the
    // merchant's to fix: the generation says why.
    if (isAiError(error) || isDomainError(error)) return { status: 'failed', error: error.message };
    throw error;
  }
}
