import { describe, expect, it } from 'vitest';

import {
  CARD_PAYMENT_WINDOW_MS,
  MANUAL_PAYMENT_WINDOW_MS,
  paymentDeadline,
  paymentWindowMs,
} from './payment-window.ts';

const placedAt = new Date('2030-03-01T10:00:00.000Z');

describe('payment window', () => {
  it('gives card payments an hour', () => {
    expect(CARD_PAYMENT_WINDOW_MS).toBe(3_600_000);
    expect(paymentWindowMs('stripe')).toBe(CARD_PAYMENT_WINDOW_MS);
    expect(paymentDeadline(placedAt, 'paypal')).toEqual(new Date('2030-03-01T11:00:00.000Z'));
  });

  it('gives bank transfer and pay on delivery a week', () => {
    expect(MANUAL_PAYMENT_WINDOW_MS).toBe(604_800_000);
    expect(paymentDeadline(placedAt, 'manual')).toEqual(new Date('2030-03-08T10:00:00.000Z'));
  });
});
