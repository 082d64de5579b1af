import { describe, expect, it } from 'vitest';

import { accentStyle } from './accent-style';

describe('accentStyle', () => {
  it('uses white text on dark accents', () => {
    expect(accentStyle('#4f46e5')).toEqual({
      '--color-accent': '#4f46e5',
      '--color-accent-foreground': '#ffffff',
    });
  });

  it('uses ink text on light accents and expands short hex', () => {
    expect(accentStyle('#FD0')).toEqual({
      '--color-accent': '#ffdd00',
      '--color-accent-foreground': '#18181b',
    });
  });

  it('ignores anything that is not a plain hex colour', () => {
    expect(accentStyle('red; background: url(x)')).toBeUndefined();
    expect(accentStyle('#12345')).toBeUndefined();
    expect(accentStyle(null)).toBeUndefined();
  });
});
