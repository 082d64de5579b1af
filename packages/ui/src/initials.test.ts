import { describe, expect, it } from 'vitest';

import { initials } from './initials';

describe('initials', () => {
  it('takes first and last word', () => {
    expect(initials('Ada King Lovelace')).toBe('AL');
  });

  it('handles a single word and emails', () => {
    expect(initials('ada')).toBe('A');
    expect(initials('grace.hopper@example.com')).toBe('GH');
  });

  it('keeps non-Latin letters whole', () => {
    expect(initials('Émile Zola')).toBe('ÉZ');
  });

  it('falls back for blank names', () => {
    expect(initials('   ')).toBe('?');
  });
});
