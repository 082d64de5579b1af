import 'server-only';

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// next/og reads WOFF, not WOFF2. `next dev` and `next start` run in the app's folder.
const fontPath = join(process.cwd(), 'src/theme/fonts/inter/inter-latin-700-normal.woff');

let font: Promise<ArrayBuffer | null> | undefined;

/** Inter Bold for share images; null (the renderer's own font) if the file cannot be read. */
export function loadShareImageFont(): Promise<ArrayBuffer | null> {
  font ??= readFile(fontPath).then(
    (file) => file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
    () => null,
  );
  return font;
}
