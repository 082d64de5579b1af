import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { documentFontFamily } from './fonts.ts';
import { renderPackingSlip } from './render.ts';
import { extractPdfText } from './testing/pdf-text.ts';
import { samplePackingSlip } from './testing/sample-documents.ts';

describe('documentFontFamily', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('uses Liberation Sans from the font directory', () => {
    expect(documentFontFamily('/usr/share/fonts/truetype/liberation')).toBe('Liberation Sans');
  });

  it('falls back to the built-in Helvetica when the files are missing, and says so once', async () => {
    const emptyDir = await mkdtemp(join(tmpdir(), 'storeloom-fonts-'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(documentFontFamily(emptyDir)).toBe('Helvetica');
      expect(documentFontFamily(emptyDir)).toBe('Helvetica');
      expect(warn).toHaveBeenCalledTimes(1);
      const bytes = await renderPackingSlip(samplePackingSlip, { fontDir: emptyDir });
      expect((await extractPdfText(bytes)).text).toContain('Linen Shirt');
    } finally {
      await rm(emptyDir, { recursive: true, force: true });
    }
  });
});
