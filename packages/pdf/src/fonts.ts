import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { Font } from '@react-pdf/renderer';

import { env } from './env.ts';

const LIBERATION_SANS = 'Liberation Sans';
/** One of the PDF standard fonts: always available, no file needed. */
const BUILT_IN = 'Helvetica';

const registered = new Map<string, string>();

/**
 * The font family documents use: Liberation Sans from `fontDir` when its Regular and Bold files
 * are there, else the built-in Helvetica (logged once per directory). Fonts are only ever read
 * from disk, never fetched.
 */
export function documentFontFamily(fontDir: string = env.STORELOOM_PDF_FONT_DIR): string {
  const known = registered.get(fontDir);
  if (known) return known;
  const regular = join(fontDir, 'LiberationSans-Regular.ttf');
  const bold = join(fontDir, 'LiberationSans-Bold.ttf');
  let family = BUILT_IN;
  if (existsSync(regular) && existsSync(bold)) {
    family = LIBERATION_SANS;
    Font.register({
      family,
      fonts: [
        { src: regular, fontWeight: 'normal' },
        { src: bold, fontWeight: 'bold' },
      ],
    });
  } else {
    console.warn(
      `[pdf] Liberation Sans not found in ${fontDir}; documents use the built-in Helvetica (set STORELOOM_PDF_FONT_DIR or install fonts-liberation).`,
    );
  }
  // Never hyphenate: a SKU or reference split with an added dash reads as a different code.
  Font.registerHyphenationCallback((word) => [word]);
  registered.set(fontDir, family);
  return family;
}
