import type { Prisma } from '@storeloom/db';

/** What clients see of a generation: everything but the requester's internals. */
export const aiGenerationSelect = {
  id: true,
  kind: true,
  status: true,
  provider: true,
  model: true,
  input: true,
  output: true,
  error: true,
  promptTokens: true,
  completionTokens: true,
  costMicros: true,
  targetType: true,
  targetId: true,
  requestedById: true,
  createdAt: true,
  startedAt: true,
  completedAt: true,
  mediaAssets: { select: { id: true, url: true, mimeType: true, byteSize: true, altText: true } },
} satisfies Prisma.AiGenerationSelect;

export type AiGenerationView = Prisma.AiGenerationGetPayload<{ select: typeof aiGenerationSelect }>;
