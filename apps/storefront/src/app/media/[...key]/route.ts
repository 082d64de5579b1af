import { getLocalMediaStore, parseMediaKey } from '@storeloom/core/media/local-media-store';
import { parseMediaWidth } from '@storeloom/core/media/media-image-widths';
import { isResizableImage, resizeMediaImage } from '@storeloom/core/media/resize-media-image';

import { requestHost, resolveHostStore } from '~/server/host-store';
import { resizedMediaCache } from '~/server/resized-media-cache';

/** Files never change under a key (a new upload gets a new key), so caches may keep them forever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** True when the request's If-None-Match lists this etag (or `*`). */
function matchesEtag(header: string | null, etag: string): boolean {
  if (header === null) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** The stored image at `width` (from memory when it was resized before), with its own etag. */
async function resized(key: string, file: { body: Uint8Array; etag: string }, width: number) {
  const cacheKey = `${key}@${String(width)}`;
  const cached = resizedMediaCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const { body } = await resizeMediaImage(file.body, width);
  const entry = { body, etag: `"${file.etag.replaceAll('"', '')}-w${String(width)}"` };
  resizedMediaCache.set(cacheKey, entry);
  return entry;
}

/**
 * `/media/<store slug>/<file>`: a store's own files, and only on that store's host. `?w=<width>`
 * (one of the widths next/image asks for) serves a raster image resized to that width, as WebP.
 */
export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  const parsed = parseMediaKey(key);
  if (parsed === null) return notFound();
  const width = parseMediaWidth(new URL(request.url).searchParams.get('w'));
  if (width === 'invalid') return notFound();

  const resolution = await resolveHostStore(requestHost(request.headers));
  if (
    resolution.kind !== 'found' ||
    resolution.store.status !== 'active' ||
    resolution.store.slug !== parsed.tenantSlug
  ) {
    return notFound();
  }

  const file = await getLocalMediaStore().read(key);
  if (file === null) return notFound();
  if (width !== null && isResizableImage(file.contentType)) {
    let image;
    try {
      image = await resized(key, file, width);
    } catch (error) {
      // A stored file sharp cannot read: the original still shows.
      console.error('[media] could not resize', key, error);
      return respond(request, file);
    }
    return respond(request, {
      body: image.body,
      etag: image.etag,
      lastModified: file.lastModified,
      contentType: 'image/webp',
      size: image.body.byteLength,
    });
  }
  return respond(request, file);
}

interface ServedFile {
  body: Uint8Array;
  etag: string;
  lastModified: Date;
  contentType: string;
  size: number;
}

function respond(request: Request, file: ServedFile): Response {
  const headers = {
    'Cache-Control': IMMUTABLE,
    ETag: file.etag,
    'Last-Modified': file.lastModified.toUTCString(),
  };
  if (matchesEtag(request.headers.get('if-none-match'), file.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(file.body), {
    headers: {
      ...headers,
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
    },
  });
}
