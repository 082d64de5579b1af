import { describe, expect, it } from 'vitest';

import { senderFor } from './sender.ts';

describe('senderFor', () => {
  it('puts the store name in front of the platform address', () => {
    expect(senderFor('Alpha Goods', 'Storeloom <no-reply@storeloom.localhost>')).toBe(
      '"Alpha Goods" <no-reply@storeloom.localhost>',
    );
    expect(senderFor('Alpha', 'mail@example.com')).toBe('"Alpha" <mail@example.com>');
  });

  it('drops characters that would change the header', () => {
    expect(senderFor('Evil" <x@y.z>\r\nBcc: a@b.c', 'no-reply@example.com')).toBe(
      '"Evil x@y.zBcc: a@b.c" <no-reply@example.com>',
    );
    expect(senderFor('""', 'no-reply@example.com')).toBe('<no-reply@example.com>');
  });
});
