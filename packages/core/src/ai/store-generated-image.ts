import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import type { GeneratedImage } from '@storeloom/ai';
import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import type { LocalMediaStore } from '../media/local-media-store.ts';

const extensions = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } as const;

/**
 * Writes a generated image into the store's media folder. The file name comes from the
 * generation id, so a retried run overwrites the same file instead of leaving orphans.
 */
export async function writeGeneratedImage({
  db,
  tenantId,
  generationId,
  image,
  mediaStore,
}: {
  db: TenantClient;
  tenantId: string;
  generationId: string;
  image: GeneratedImage;
  mediaStore: LocalMediaStore;
}): Promise<{ storageKey: string; url: string }> {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { slug: true } });
  if (!tenant) throw notFound('Store');
  const storageKey = `${tenant.slug}/ai-${generationId}.${extensions[image.contentType]}`;
  const path = mediaStore.pathOf(storageKey);
  if (!path) throw new Error(`Generated media key ${storageKey} is not a valid media key`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, image.bytes);
  return { storageKey, url: `/media/${storageKey}` };
}
