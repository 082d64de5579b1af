import { describe, expect, it } from 'vitest';

import { formatMargin, HEALTHY_MARGIN_BPS, marginTone } from './margin-tone';

describe('marginTone', () => {
  it('is green from the healthy threshold, amber from break-even, red for a loss', () => {
    expect(marginTone(HEALTHY_MARGIN_BPS)).toBe('success');
    expect(marginTone(9_000)).toBe('success');
    expect(marginTone(HEALTHY_MARGIN_BPS - 1)).toBe('warning');
    expect(marginTone(0)).toBe('warning');
    expect(marginTone(-1)).toBe('danger');
  });
});

describe('formatMargin', () => {
  it('shows basis points as a percentage with one decimal, in the store locale', () => {
    expect(formatMargin(2567, 'en-US')).toBe('25.7%');
    expect(formatMargin(-1250, 'en-US')).toBe('-12.5%');
    expect(formatMargin(2567, 'de-DE')).toBe('25,7\u00a0%');
  });
});
