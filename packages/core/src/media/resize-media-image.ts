import sharp from 'sharp';

/** Formats sharp reads from a store's uploads; anything else is served as stored. */
const RESIZABLE_TYPES = new Set(['image/webp', 'image/png', 'image/jpeg', 'image/avif']);

export function isResizableImage(contentType: string): boolean {
  return RESIZABLE_TYPES.has(contentType);
}

/**
 * A stored image at `width` pixels wide (never wider than the original), as WebP. The storefront
 * asks for the width each slot needs, so a phone does not download a desktop-sized picture.
 */
export async function resizeMediaImage(
  body: Uint8Array,
  width: number,
): Promise<{ body: Buffer; contentType: 'image/webp' }> {
  const resized = await sharp(body)
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  return { body: resized, contentType: 'image/webp' };
}
