import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfText {
  /** The whole text, laid out as on the page (`pdftotext -layout`). */
  text: string;
  /** The text of each page. */
  pages: string[];
}

/**
 * Extracts a PDF's text with Debian's poppler-utils, so tests assert what a reader sees rather
 * than how the renderer was called.
 */
export async function extractPdfText(bytes: Buffer): Promise<PdfText> {
  const dir = await mkdtemp(join(tmpdir(), 'storeloom-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 32 * 1024 * 1024,
    });
    // pdftotext ends every page with a form feed.
    const pages = stdout.split('\f').slice(0, -1);
    return { text: stdout, pages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
