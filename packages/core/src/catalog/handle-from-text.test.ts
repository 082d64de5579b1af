import { describe, expect, it } from 'vitest';

import { handleFromText } from './handle-from-text.ts';

describe('handleFromText', () => {
  it('lower-cases and joins words with single hyphens', () => {
    expect(handleFromText('Linen Shirt -- Relaxed Fit!')).toBe('linen-shirt-relaxed-fit');
  });

  it('folds accents', () => {
    expect(handleFromText('Crème Brûlée Café')).toBe('creme-brulee-cafe');
  });

  it('cuts long titles at a word boundary within 120 characters', () => {
    const handle = handleFromText(`${'word '.repeat(40)}end`);
    expect(handle.length).toBeLessThanOrEqual(120);
    expect(handle.endsWith('-')).toBe(false);
    expect(handle.startsWith('word-word')).toBe(true);
  });

  it('falls back when nothing usable is left', () => {
    expect(handleFromText('!!!')).toBe('product');
    expect(handleFromText('日本', 'category')).toBe('category');
  });
});
