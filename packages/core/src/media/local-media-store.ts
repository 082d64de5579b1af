import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

import { env } from '../env.ts';

/**
 * Local media storage (the embedded default; production uses S3-compatible storage).
 * Files live at `<rootDir>/<tenantSlug>/<fileName>`, and their key is `<tenantSlug>/<fileName>`.
 */

/** One store folder and one file name: nothing else can be addressed, so no traversal is possible. */
const KEY_SHAPE = /^[a-z0-9-]+\/[a-z0-9._-]+$/;

/** Limits the memory one request can pin; product media is far smaller. */
const MAX_BYTES = 20 * 1024 * 1024;

// Raster formats only: an SVG served from the store's own origin could run script there.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
};

export interface MediaKey {
  tenantSlug: string;
  fileName: string;
}

export interface MediaFile {
  body: Buffer;
  contentType: string;
  size: number;
  /** Strong validator from the content hash, quoted as the header wants it. */
  etag: string;
  lastModified: Date;
}

/** Splits a key such as `tech-gadgets/usb-c-hub.webp`; null for anything not of that exact shape. */
export function parseMediaKey(key: string): MediaKey | null {
  if (key.length > 300 || !KEY_SHAPE.test(key)) return null;
  const [tenantSlug, fileName] = key.split('/');
  // The shape allows dots, so `..` and hidden files are ruled out here.
  if (tenantSlug === undefined || fileName === undefined || fileName.startsWith('.')) return null;
  if (!Object.hasOwn(CONTENT_TYPES, extname(fileName))) return null;
  return { tenantSlug, fileName };
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR')
  );
}

export interface LocalMediaStore {
  /** Absolute path for a valid key, or null; the file may not exist. */
  pathOf(key: string): string | null;
  /** The file and its metadata, or null when the key is invalid or nothing is stored under it. */
  read(key: string): Promise<MediaFile | null>;
}

export function createLocalMediaStore({ rootDir }: { rootDir: string }): LocalMediaStore {
  const pathOf = (key: string): string | null => {
    const parsed = parseMediaKey(key);
    return parsed ? join(rootDir, parsed.tenantSlug, parsed.fileName) : null;
  };

  return {
    pathOf,
    async read(key) {
      const path = pathOf(key);
      if (path === null) return null;
      try {
        // A symlink planted in the media folder must not expose files outside it.
        const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(path)]);
        if (!realFile.startsWith(realRoot + sep)) return null;
        const info = await stat(realFile);
        if (!info.isFile() || info.size > MAX_BYTES) return null;
        const body = await readFile(realFile);
        const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
        return {
          body,
          contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          size: body.byteLength,
          etag: `"${hash}"`,
          lastModified: info.mtime,
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
  };
}

let defaultStore: LocalMediaStore | undefined;

/** The store under `<STORELOOM_DATA_DIR>/media`, where the seed writes product images. */
export function getLocalMediaStore(): LocalMediaStore {
  return (defaultStore ??= createLocalMediaStore({
    rootDir: join(env.STORELOOM_DATA_DIR, 'media'),
  }));
}
