import { describe, expect, it } from 'vitest';

import {
  activityWindowEnd,
  activityWindowStart,
  CART_ACTIVITY_WINDOW_MS,
  isNewActivityWindow,
} from './cart-activity-window.ts';

const at = (iso: string) => new Date(iso);

describe('cart activity windows', () => {
  it('slice UTC time into five-minute windows', () => {
    expect(CART_ACTIVITY_WINDOW_MS).toBe(300_000);
    expect(activityWindowStart(at('2026-03-04T10:07:59.999Z'))).toEqual(at('2026-03-04T10:05:00Z'));
    expect(activityWindowEnd(at('2026-03-04T10:07:59.999Z'))).toEqual(at('2026-03-04T10:10:00Z'));
    expect(activityWindowStart(at('2026-03-04T10:10:00Z'))).toEqual(at('2026-03-04T10:10:00Z'));
  });

  it('tell a change in a later window from one in the same window', () => {
    expect(isNewActivityWindow(at('2026-03-04T10:05:00Z'), at('2026-03-04T10:09:59Z'))).toBe(false);
    expect(isNewActivityWindow(at('2026-03-04T10:09:59Z'), at('2026-03-04T10:10:00Z'))).toBe(true);
    expect(isNewActivityWindow(at('2026-03-04T11:00:00Z'), at('2026-03-04T10:00:00Z'))).toBe(true);
  });
});
