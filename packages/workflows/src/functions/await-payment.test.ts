import { InngestTestEngine } from '@inngest/test';
import type { Context } from 'inngest';
import { describe, expect, it } from 'vitest';

import { inngest } from '../client.ts';
import { orderPlacedEvent, paymentCapturedEvent } from '../events/index.ts';

// A payment-awaiting flow shaped like checkout: a step, a grace sleep, a wait for the capture.
const awaitPayment = inngest.createFunction(
  { id: 'test-await-payment', triggers: [orderPlacedEvent] },
  async ({ event, step }) => {
    const reserved = await step.run('reserve-stock', () => ({ orderId: event.data.orderId }));
    await step.sleep('grace', '1m');
    const captured = await step.waitForEvent('payment-captured', {
      event: paymentCapturedEvent,
      timeout: '1h',
      if: 'event.data.orderId == async.data.orderId',
    });
    return captured ? { confirmed: reserved.orderId } : { cancelled: reserved.orderId };
  },
);

const placed = {
  name: 'order/placed',
  data: { tenantId: 'tenant-1', orderId: 'order-1', number: 1, total: 1999 },
};

/**
 * Sleeps and waits replaced in transformCtx: an un-mocked sleep never resolves in the test
 * engine, and mocking waitForEvent through `steps` hits inngest-js issue 1652.
 */
function withParkedSteps(waitResult: unknown) {
  return (ctx: Context.Any): Context.Any => {
    const step = Object.assign(Object.create(ctx.step) as Context.Any['step'], {
      sleep: () => Promise.resolve(),
      waitForEvent: () => Promise.resolve(waitResult),
    });
    return { ...ctx, step };
  };
}

describe('a workflow function under @inngest/test', () => {
  it('confirms the order when the capture arrives', async () => {
    const engine = new InngestTestEngine({
      function: awaitPayment,
      events: [placed],
      transformCtx: withParkedSteps({
        name: 'payment/captured',
        data: { tenantId: 'tenant-1', orderId: 'order-1', paymentId: 'pay-1', amount: 1999 },
      }),
    });
    const { result } = await engine.execute();
    expect(result).toEqual({ confirmed: 'order-1' });
  });

  it('cancels the order when the wait times out', async () => {
    const engine = new InngestTestEngine({
      function: awaitPayment,
      events: [placed],
      transformCtx: withParkedSteps(null),
    });
    const { result } = await engine.execute();
    expect(result).toEqual({ cancelled: 'order-1' });
  });
});
