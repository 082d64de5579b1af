import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { escapeHtml, initials } from './text';

export const imageSize = 600;
export const imageMimeType = 'image/webp';

export interface ImageRequest {
  productSlug: string;
  title: string;
  /** Hue of the product's top-level category, so a category's products look like a family. */
  hue: number;
  /** Varies the shape between neighbouring products. */
  variant: number;
}

export interface StoredImage {
  productSlug: string;
  storageKey: string;
  byteSize: number;
  width: number;
  height: number;
}

/** Words of the title that fit on one line of the tile. */
function caption(title: string): string {
  let text = '';
  for (const word of title.replace(/\(.*?\)/g, '').split(/\s+/)) {
    if (!word) continue;
    const next = text ? `${text} ${word}` : word;
    if (next.length > 24) break;
    text = next;
  }
  return text;
}

const shapes = [
  (fill: string) => `<circle cx="300" cy="255" r="150" fill="${fill}"/>`,
  (fill: string) => `<rect x="150" y="105" width="300" height="300" rx="56" fill="${fill}"/>`,
  (fill: string) =>
    `<polygon points="300,90 443,172 443,338 300,420 157,338 157,172" fill="${fill}"/>`,
  (fill: string) =>
    `<rect x="165" y="120" width="270" height="270" rx="24" transform="rotate(45 300 255)" fill="${fill}"/>`,
];

export function productSvg({ title, hue, variant }: ImageRequest): string {
  const shape = shapes[variant % shapes.length] ?? shapes[0];
  const light = `hsl(${String(hue)}, 65%, 66%)`;
  const dark = `hsl(${String((hue + 35) % 360)}, 55%, 34%)`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(imageSize)}" height="${String(imageSize)}" viewBox="0 0 600 600">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
<rect width="600" height="600" fill="url(#g)"/>
${shape?.('rgba(255,255,255,0.2)') ?? ''}
<text x="300" y="305" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="700" font-size="140" fill="#ffffff" text-anchor="middle">${escapeHtml(initials(title))}</text>
<text x="300" y="520" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="34" fill="#ffffff" fill-opacity="0.92" text-anchor="middle">${escapeHtml(caption(title))}</text>
</svg>`;
}

async function fileSize(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/**
 * Writes `<mediaDir>/<storeSlug>/<productSlug>.webp` for each product, skipping files that
 * exist. Low WebP effort: encoding dominates the cost and these are flat illustrations.
 */
export async function ensureProductImages({
  mediaDir,
  storeSlug,
  requests,
  concurrency = 4,
}: {
  mediaDir: string;
  storeSlug: string;
  requests: readonly ImageRequest[];
  concurrency?: number;
}): Promise<{ images: StoredImage[]; generated: number }> {
  await mkdir(join(mediaDir, storeSlug), { recursive: true });
  const images: StoredImage[] = new Array<StoredImage>(requests.length);
  let generated = 0;
  let cursor = 0;
  const worker = async () => {
    while (cursor < requests.length) {
      const index = cursor++;
      const request = requests[index];
      if (!request) continue;
      const storageKey = `${storeSlug}/${request.productSlug}.webp`;
      const path = join(mediaDir, storageKey);
      let byteSize = await fileSize(path);
      if (byteSize === null) {
        const buffer = await sharp(Buffer.from(productSvg(request)))
          .webp({ quality: 75, effort: 0 })
          .toBuffer();
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, buffer);
        byteSize = buffer.length;
        generated++;
      }
      images[index] = {
        productSlug: request.productSlug,
        storageKey,
        byteSize,
        width: imageSize,
        height: imageSize,
      };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { images, generated };
}
