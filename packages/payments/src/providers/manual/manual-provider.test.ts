import { describe, expect, it } from 'vitest';

import { createPaymentProvider } from '../../registry.ts';
import type { CreatePaymentInput } from '../../types.ts';

const order: CreatePaymentInput = {
  tenantId: 'tenant_1',
  orderId: 'order_1',
  orderNumber: '1001',
  amount: 4200,
  currency: 'EUR',
  idempotencyKey: 'order_1:payment:1',
  capture: 'automatic',
};

describe('manual provider', () => {
  const provider = createPaymentProvider('manual', {
    instructions: 'Transfer to IBAN DE00 1234 with the order number as reference.',
  });

  it('creates a pending payment with a stable reference and the shopper instructions', async () => {
    const first = await provider.createPayment(order);
    const again = await provider.createPayment(order);
    const other = await provider.createPayment({ ...order, idempotencyKey: 'order_2:payment:1' });
    expect(first.status).toBe('pending');
    expect(first.reference).toMatch(/^manual_[0-9a-f]{24}$/);
    expect(again.reference).toBe(first.reference);
    expect(other.reference).not.toBe(first.reference);
    expect(first.instructions).toContain('IBAN');
  });

  it('omits instructions the merchant did not write', async () => {
    const created = await createPaymentProvider('manual', {}).createPayment(order);
    expect(created.instructions).toBeUndefined();
  });

  it('captures the amount the merchant confirms', async () => {
    const captured = await provider.capturePayment({
      reference: 'manual_abc',
      amount: 4200,
      currency: 'EUR',
      idempotencyKey: 'k',
    });
    expect(captured).toEqual({ reference: 'manual_abc', status: 'captured', capturedAmount: 4200 });
  });

  it('needs the amount received to capture', async () => {
    await expect(
      provider.capturePayment({ reference: 'manual_abc', currency: 'EUR', idempotencyKey: 'k' }),
    ).rejects.toMatchObject({ code: 'invalid_request', provider: 'manual' });
  });

  it('records refunds paid back by hand as succeeded', async () => {
    const refund = await provider.refundPayment({
      reference: 'manual_abc',
      amount: 1200,
      currency: 'EUR',
      idempotencyKey: 'refund_1',
    });
    expect(refund).toMatchObject({ status: 'succeeded', amount: 1200 });
    expect(refund.refundReference).toMatch(/^manual_refund_/);
  });

  it('has no webhooks', async () => {
    await expect(
      provider.verifyWebhook({ rawBody: '{}', headers: new Headers() }),
    ).rejects.toMatchObject({ code: 'invalid_signature' });
  });
});
