import { handleSchema } from '@storeloom/validators';
import { z } from 'zod';

import { sanitizeRichText } from '../rich-text/sanitize-rich-text';
import { isAllowedHref } from '../rich-text/rich-text-policy';

/** One line of text (headings, labels, names); trimmed, so stray spaces never reach the page. */
export function plainText(maxLength: number) {
  return z
    .string({ error: 'Enter some text' })
    .trim()
    .max(maxLength, `At most ${String(maxLength)} characters`);
}

/** Text the block cannot do without (a heading, a button label). */
export function requiredText(maxLength: number) {
  return plainText(maxLength).min(1, 'This cannot be empty');
}

export const MAX_RICH_TEXT_LENGTH = 20_000;

/**
 * Merchant HTML. Parsing sanitises it, so what a block renders is always safe; saving also
 * refuses markup the policy forbids (parsePageDocument in strict mode), rather than quietly
 * changing what the merchant wrote.
 */
export function richText(maxLength = MAX_RICH_TEXT_LENGTH) {
  return z
    .string({ error: 'Enter some text' })
    .max(maxLength, `At most ${String(maxLength)} characters`)
    .transform(sanitizeRichText);
}

/** Where a link or button goes: a path on the store, an anchor, or an http(s)/mailto address. */
export const linkHref = z
  .string({ error: 'Enter a link' })
  .trim()
  .min(1, 'Enter a link')
  .max(2048, 'At most 2048 characters')
  .refine(isAllowedHref, 'Use a path such as /pages/about, or an http(s) or mailto: address');

/** Image sources: the store's media (`/media/...`) or an https address. */
export const imageSrc = z
  .string({ error: 'Choose an image' })
  .trim()
  .max(2048, 'At most 2048 characters')
  .refine(
    (src) => (src.startsWith('/') && !src.startsWith('//')) || /^https:\/\/[^\s]+$/i.test(src),
    'Use an image from the media library or an https address',
  );

/** An image with its alternative text (empty alt: decorative). */
export const imageSchema = z.object({
  src: imageSrc,
  alt: plainText(300),
});

export type ImageValue = z.output<typeof imageSchema>;

/** A product or category handle, as the catalogue stores them. */
export const handle = handleSchema;

/** An optional link (empty: no button). */
export const optionalLinkHref = z.union([z.literal(''), linkHref]);

/** An optional handle (empty: nothing chosen yet). */
export const optionalHandle = z.union([z.literal(''), handleSchema]);

/** A #rrggbb colour, or empty for the store's accent. */
export const optionalColour = z
  .string()
  .trim()
  .regex(/^(?:#[0-9a-fA-F]{6})?$/, 'Use a colour such as #1f6feb');
