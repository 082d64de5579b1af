import { getLocalMediaStore, parseMediaKey } from '@storeloom/core/media/local-media-store';

import { requestHost, resolveHostStore } from '~/server/host-store';

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

/** `/media/<store slug>/<file>`: a store's own files, and only on that store's host. */
export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  const parsed = parseMediaKey(key);
  if (parsed === null) return notFound();

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
