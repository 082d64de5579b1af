import { describe, expect, it } from 'vitest';

import { cn } from './cn';

describe('cn', () => {
  it('joins class names with single spaces', () => {
    expect(cn('a', 'b c')).toBe('a b c');
  });

  it('drops falsy values from conditional expressions', () => {
    const flags = { active: false, count: 0 } as { active: boolean; count: number };
    expect(
      cn('base', flags.active && 'active', flags.count && 'has-items', null, undefined, '', 'end'),
    ).toBe('base end');
  });

  it('returns an empty string when nothing is truthy', () => {
    expect(cn(false, null)).toBe('');
  });
});
