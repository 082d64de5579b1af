import { describe, expect, it } from 'vitest';

import { BLACK, contrastRatio, INK, mix, readableOn, WHITE, withContrast, type Hex } from './color';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(WHITE, '#767676')).toBe(contrastRatio('#767676', WHITE));
  });
});

describe('mix', () => {
  it('weights the first colour', () => {
    expect(mix(BLACK, WHITE, 0.5)).toBe('#808080');
    expect(mix('#ff0000', '#0000ff', 1)).toBe('#ff0000');
    expect(mix('#ff0000', '#0000ff', 0)).toBe('#0000ff');
  });
});

describe('readableOn', () => {
  it('puts white on dark colours and ink on light ones', () => {
    expect(readableOn('#1d4ed8')).toBe(WHITE);
    expect(readableOn('#fde047')).toBe(INK);
  });

  it('reaches 4.5:1 on mid-tones where neither white nor ink does', () => {
    const midTone: Hex = '#7a7a7a';
    expect(Math.max(contrastRatio(WHITE, midTone), contrastRatio(INK, midTone))).toBeLessThan(4.5);
    expect(contrastRatio(readableOn(midTone), midTone)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('withContrast', () => {
  it('keeps a colour that is already readable', () => {
    expect(withContrast('#1d4ed8', [WHITE], 4.5)).toBe('#1d4ed8');
  });

  it('darkens a pale colour on a light page and lightens a dark one on a dark page', () => {
    const onLight = withContrast('#facc15', [WHITE, '#fafafa'], 4.5);
    expect(contrastRatio(onLight, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(onLight, '#fafafa')).toBeGreaterThanOrEqual(4.5);

    const onDark = withContrast('#15803d', ['#0c0c0f'], 4.5);
    expect(contrastRatio(onDark, '#0c0c0f')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(onDark, WHITE)).toBeLessThan(contrastRatio('#15803d', WHITE));
  });
});
