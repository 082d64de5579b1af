import 'server-only';

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { initials } from '@storeloom/ui';
import { ImageResponse } from 'next/og';

/** Square, sharp on high-density screens, still small (~1 KB). */
export const MONOGRAM_SIZE = 64;

/** The glyphs of the bundled font's latin subset; anything else would send the renderer online for a font. */
const LATIN = /^[\u0020-\u007e\u00a0-\u00ff]+$/;

// Served from this app: next/og reads WOFF, not WOFF2. `next start` runs in the app's folder.
const fontPath = join(process.cwd(), 'src/theme/fonts/inter/inter-latin-700-normal.woff');

async function loadFont(): Promise<ArrayBuffer | null> {
  try {
    const file = await readFile(fontPath);
    return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
  } catch {
    // Without it the renderer's own font is used; the icon still works.
    return null;
  }
}

export interface MonogramColours {
  background: string;
  foreground: string;
}

/** The store's initials on its accent colour: the favicon of a store that has not uploaded one. */
export async function storeMonogram(
  storeName: string,
  colours: MonogramColours,
  headers: Record<string, string>,
): Promise<ImageResponse> {
  const letters = initials(storeName);
  const shown = LATIN.test(letters) ? letters : '';
  const font = await loadFont();
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        borderRadius: MONOGRAM_SIZE * 0.22,
        background: colours.background,
        color: colours.foreground,
        fontSize: shown.length > 1 ? MONOGRAM_SIZE * 0.46 : MONOGRAM_SIZE * 0.6,
        fontWeight: 700,
        letterSpacing: '-0.02em',
        fontFamily: 'Inter',
      }}
    >
      {shown}
    </div>,
    {
      width: MONOGRAM_SIZE,
      height: MONOGRAM_SIZE,
      headers,
      ...(font === null ? {} : { fonts: [{ name: 'Inter', data: font, weight: 700 }] }),
    },
  );
}
