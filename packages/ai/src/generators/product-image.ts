import type { ProductImageInput } from '@storeloom/validators';

import type { AiProvider, GeneratedImage, GenerateImageRequest } from '../ai-provider.ts';
import { squish } from './text-tools.ts';

const styles = {
  studio: 'studio product photograph on a seamless light background, soft even lighting',
  lifestyle: 'lifestyle photograph of the product in use in a natural, tasteful setting',
  flat_lay: 'top-down flat lay photograph with a few complementary props',
  minimal: 'minimalist composition, single product, plenty of negative space, muted palette',
} as const;

export function productImagePrompt(input: ProductImageInput): GenerateImageRequest {
  const description = input.description ? ` ${squish(input.description).slice(0, 800)}` : '';
  return {
    prompt: `${styles[input.style ?? 'studio']}. Product: ${squish(input.title)}.${description} No text, logos or watermarks.`,
    size: input.size ?? '1024x1024',
  };
}

/** One image; the provider call already checks the bytes are a PNG, JPEG or WebP. */
export function generateProductImage(
  ai: AiProvider,
  input: ProductImageInput,
): Promise<GeneratedImage> {
  return ai.generateImage(productImagePrompt(input));
}
