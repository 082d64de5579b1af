import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLocalMediaStore, parseMediaKey } from './local-media-store.ts';

describe('parseMediaKey', () => {
  it('splits a store folder and a file name', () => {
    expect(parseMediaKey('tech-gadgets/usb-c-hub.webp')).toEqual({
      tenantSlug: 'tech-gadgets',
      fileName: 'usb-c-hub.webp',
    });
    expect(parseMediaKey('a1/photo.v2.jpeg')).toEqual({
      tenantSlug: 'a1',
      fileName: 'photo.v2.jpeg',
    });
  });

  it.each([
    ['../secret.webp'],
    ['tech-gadgets/../x.webp'],
    ['tech-gadgets/..'],
    ['tech-gadgets/.hidden.webp'],
    ['/etc/passwd'],
    ['tech-gadgets//x.webp'],
    ['tech-gadgets/sub/x.webp'],
    ['tech-gadgets/x.webp\0.png'],
    ['tech-gadgets\\x.webp'],
    ['Tech-Gadgets/x.webp'],
    ['tech-gadgets/x.svg'],
    ['tech-gadgets/x'],
    ['tech-gadgets/x.constructor'],
    ['x.webp'],
    [''],
    [`s/${'a'.repeat(400)}.webp`],
  ])('rejects %j', (key) => {
    expect(parseMediaKey(key)).toBeNull();
  });
});

describe('createLocalMediaStore', () => {
  let base: string;
  let rootDir: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'media-store-'));
    rootDir = join(base, 'media');
    await mkdir(join(rootDir, 'shop'), { recursive: true });
    await writeFile(join(rootDir, 'shop', 'mug.webp'), Buffer.from('RIFF-webp-bytes'));
    await writeFile(join(base, 'outside.png'), Buffer.from('not media'));
    await symlink(join(base, 'outside.png'), join(rootDir, 'shop', 'escape.png'));
    await mkdir(join(rootDir, 'shop', 'folder.png'));
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('reads a stored file with its content type and a content-based etag', async () => {
    const store = createLocalMediaStore({ rootDir });
    const file = await store.read('shop/mug.webp');
    expect(file?.body.toString()).toBe('RIFF-webp-bytes');
    expect(file?.contentType).toBe('image/webp');
    expect(file?.size).toBe(15);
    expect(file?.etag).toMatch(/^"[\w-]{27}"$/);
    expect((await store.read('shop/mug.webp'))?.etag).toBe(file?.etag);
  });

  it('answers null for missing files, directories and invalid keys', async () => {
    const store = createLocalMediaStore({ rootDir });
    expect(await store.read('shop/none.webp')).toBeNull();
    expect(await store.read('other/mug.webp')).toBeNull();
    expect(await store.read('shop/folder.png')).toBeNull();
    expect(await store.read('../outside.png')).toBeNull();
    expect(store.pathOf('shop/../../outside.png')).toBeNull();
  });

  it('does not follow a symlink out of the media folder', async () => {
    const store = createLocalMediaStore({ rootDir });
    expect(await store.read('shop/escape.png')).toBeNull();
  });
});
