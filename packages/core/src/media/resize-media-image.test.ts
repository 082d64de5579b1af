import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { isResizableImage, resizeMediaImage } from './resize-media-image.ts';

async function squareWebp(size: number): Promise<Buffer> {
  return sharp({
    create: { width: size, height: size, channels: 3, background: { r: 200, g: 80, b: 40 } },
  })
    .webp()
    .toBuffer();
}

describe('resizeMediaImage', () => {
  it('serves a smaller WebP at the asked width, keeping the aspect ratio', async () => {
    const original = await squareWebp(600);
    const resized = await resizeMediaImage(original, 256);
    const meta = await sharp(resized.body).metadata();
    expect(resized.contentType).toBe('image/webp');
    expect(meta).toMatchObject({ format: 'webp', width: 256, height: 256 });
    expect(resized.body.byteLength).toBeLessThan(original.byteLength);
  });

  it('never enlarges an image beyond its own width', async () => {
    const resized = await resizeMediaImage(await squareWebp(120), 640);
    expect((await sharp(resized.body).metadata()).width).toBe(120);
  });

  it('rejects bytes that are not an image', async () => {
    await expect(resizeMediaImage(new TextEncoder().encode('not an image'), 256)).rejects.toThrow();
  });
});

describe('isResizableImage', () => {
  it('resizes raster images only', () => {
    expect(isResizableImage('image/webp')).toBe(true);
    expect(isResizableImage('image/jpeg')).toBe(true);
    expect(isResizableImage('image/svg+xml')).toBe(false);
    expect(isResizableImage('application/pdf')).toBe(false);
  });
});
