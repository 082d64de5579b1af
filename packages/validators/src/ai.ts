import { z } from 'zod';

import { idSchema, nonEmptyText } from './common.ts';

/**
 * AI generation requests. Each kind has its own input object; they are strict (unknown keys are
 * refused) and carry no defaults, so the union in the request schema never reshapes an input meant
 * for another kind. Defaults are applied by the generators, and the core checks the input against
 * the schema of the requested kind.
 */

export const aiGenerationKindSchema = z.enum([
  'product_description',
  'product_seo',
  'page_content',
  'image',
]);
export type AiGenerationKindInput = z.infer<typeof aiGenerationKindSchema>;

export const aiToneSchema = z.enum(['friendly', 'professional', 'playful', 'luxury']);
export type AiTone = z.infer<typeof aiToneSchema>;

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

export const productDescriptionInputSchema = z.strictObject({
  title: nonEmptyText(200),
  category: optionalText(120).optional(),
  attributes: z
    .array(z.strictObject({ name: nonEmptyText(60), value: nonEmptyText(200) }))
    .max(30, 'At most 30 attributes')
    .optional(),
  options: z
    .array(
      z.strictObject({
        name: nonEmptyText(60),
        values: z.array(nonEmptyText(60)).min(1).max(30, 'At most 30 values'),
      }),
    )
    .max(10, 'At most 10 options')
    .optional(),
  tone: aiToneSchema.optional(),
  length: z.enum(['short', 'medium', 'long']).optional(),
});
export type ProductDescriptionInput = z.infer<typeof productDescriptionInputSchema>;

export const productSeoInputSchema = z.strictObject({
  title: nonEmptyText(200),
  description: optionalText(5000).optional(),
  category: optionalText(120).optional(),
  keywords: z.array(nonEmptyText(60)).max(10, 'At most 10 keywords').optional(),
  storeName: optionalText(120).optional(),
});
export type ProductSeoInput = z.infer<typeof productSeoInputSchema>;

export const pageSectionKindSchema = z.enum([
  'hero',
  'faq',
  'testimonials',
  'about',
  'call_to_action',
]);
export type PageSectionKind = z.infer<typeof pageSectionKindSchema>;

export const pageContentInputSchema = z.strictObject({
  section: pageSectionKindSchema,
  storeName: nonEmptyText(120),
  /** What the store sells and what this section should say. */
  brief: nonEmptyText(1000),
  tone: aiToneSchema.optional(),
  /** How many FAQ items or testimonials; other sections ignore it. */
  itemCount: z.number().int().min(1).max(8).optional(),
});
export type PageContentInput = z.infer<typeof pageContentInputSchema>;

export const aiImageSizeSchema = z.enum(['1024x1024', '1536x1024', '1024x1536']);
export type AiImageSize = z.infer<typeof aiImageSizeSchema>;

export const productImageInputSchema = z.strictObject({
  title: nonEmptyText(200),
  description: optionalText(2000).optional(),
  style: z.enum(['studio', 'lifestyle', 'flat_lay', 'minimal']).optional(),
  size: aiImageSizeSchema.optional(),
});
export type ProductImageInput = z.infer<typeof productImageInputSchema>;

/** The input schema of each kind: the core validates a request's input against its kind's. */
export const aiGenerationInputSchemas = {
  product_description: productDescriptionInputSchema,
  product_seo: productSeoInputSchema,
  page_content: pageContentInputSchema,
  image: productImageInputSchema,
} as const;

export type AiGenerationInputOf<K extends AiGenerationKindInput> = z.infer<
  (typeof aiGenerationInputSchemas)[K]
>;

export const aiTargetTypeSchema = z.enum(['product', 'page']);
export type AiTargetType = z.infer<typeof aiTargetTypeSchema>;

/** Client-chosen, so a double-submitted form queues one generation. */
export const aiIdempotencyKeySchema = z
  .string()
  .trim()
  .min(8, 'At least 8 characters')
  .max(100, 'At most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, hyphens and underscores');

export const requestAiGenerationInputSchema = z.object({
  kind: aiGenerationKindSchema,
  input: z.union([
    productDescriptionInputSchema,
    productSeoInputSchema,
    pageContentInputSchema,
    productImageInputSchema,
  ]),
  targetType: aiTargetTypeSchema.optional(),
  targetId: idSchema.optional(),
  idempotencyKey: aiIdempotencyKeySchema.optional(),
});
export type RequestAiGenerationInput = z.infer<typeof requestAiGenerationInputSchema>;

export const aiGenerationIdInputSchema = z.object({ generationId: idSchema });

export const aiGenerationStatusSchema = z.enum([
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
]);

export const listAiGenerationsInputSchema = z.object({
  targetType: aiTargetTypeSchema.optional(),
  targetId: idSchema.optional(),
  kind: aiGenerationKindSchema.optional(),
  status: aiGenerationStatusSchema.optional(),
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListAiGenerationsInput = z.infer<typeof listAiGenerationsInputSchema>;

/** A calendar month in UTC. */
export const aiUsageInputSchema = z.object({
  year: z.number().int().min(2000).max(2200),
  month: z.number().int().min(1).max(12),
});
export type AiUsageInput = z.infer<typeof aiUsageInputSchema>;

/**
 * A store's own provider. `apiKey` is write-only: omitted keeps the stored key, null removes it.
 * `baseUrl` null falls back to OpenAI's endpoint.
 */
export const updateAiSettingsInputSchema = z.object({
  enabled: z.boolean().optional(),
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'Enter an http(s) URL' })
    .max(300, 'At most 300 characters')
    .nullable()
    .optional(),
  model: optionalText(100).nullable().optional(),
  imageModel: optionalText(100).nullable().optional(),
  apiKey: z.string().trim().min(1).max(500, 'At most 500 characters').nullable().optional(),
});
export type UpdateAiSettingsInput = z.infer<typeof updateAiSettingsInputSchema>;

/** The stored per-store settings (TenantSetting key `ai`); the key lives in Credential. */
export const storedAiSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  baseUrl: z.string().max(300).nullable().default(null),
  model: z.string().max(100).nullable().default(null),
  imageModel: z.string().max(100).nullable().default(null),
});
export type StoredAiSettings = z.infer<typeof storedAiSettingsSchema>;
