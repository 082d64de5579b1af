import { describe, expect, it } from 'vitest';

import { parseWaitMatch, UnsupportedWaitMatchError, waitMatches } from './wait-match.ts';

const trigger = { name: 'order/placed', data: { orderId: 'o-1', total: 1999, nested: { a: 'x' } } };

describe('waitForEvent conditions', () => {
  it('compares dotted paths of the trigger and the awaited event', () => {
    const match = parseWaitMatch('event.data.orderId == async.data.orderId');
    expect(waitMatches(match, trigger, { data: { orderId: 'o-1' } })).toBe(true);
    expect(waitMatches(match, trigger, { data: { orderId: 'o-2' } })).toBe(false);
    expect(waitMatches(match, trigger, { data: {} })).toBe(false);
  });

  it('compares against string and number literals, joined by &&', () => {
    const match = parseWaitMatch(
      `async.data.orderId == event.data.orderId && async.data.status == "paid" && async.data.total == 1999 && async.data.nested.a == 'x'`,
    );
    const paid = { data: { orderId: 'o-1', status: 'paid', total: 1999, nested: { a: 'x' } } };
    expect(waitMatches(match, trigger, paid)).toBe(true);
    expect(waitMatches(match, trigger, { data: { ...paid.data, total: '1999' } })).toBe(false);
  });

  it('never matches two missing fields', () => {
    const match = parseWaitMatch('event.data.missing == async.data.missing');
    expect(waitMatches(match, trigger, { data: {} })).toBe(false);
  });

  it.each([
    ['event.data.total > async.data.total', 'only `a == b`'],
    ['event.data.a != async.data.a', 'only `a == b`'],
    ['size(async.data.items) == 1', 'neither event.<path>'],
    ['async.data.a == other.data.a', 'neither event.<path>'],
    ["event.data.a == 'x'", 'never looks at the awaited'],
    ['event.data.a == async.data.a || true', 'neither event.<path>'],
  ])('rejects %s with a clear error', (expression, reason) => {
    expect(() => parseWaitMatch(expression)).toThrow(UnsupportedWaitMatchError);
    expect(() => parseWaitMatch(expression)).toThrow(reason);
  });
});
