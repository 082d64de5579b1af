import { randomBytes } from 'node:crypto';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';
import { nextOrderNumber } from './shopper-orders';

export interface DeskOrderLine {
  name: string;
  quantity: number;
  /** Minor units of the store's currency. */
  unitPrice: number;
  /** Unit cost stored on the line; 0 is a line without a cost. */
  costPrice: number;
}

export interface DeskOrder {
  orderId: string;
  number: number;
  email: string;
  /** The lines' ids, in the order given. */
  itemIds: string[];
}

/**
 * A guest order of free-standing lines (no product, so no stock moves and no other spec sees a
 * difference), placed and, with `paid`, paid in full by a manual payment: what the order desk's
 * money actions start from. Costs and profit are stored as checkout stores them.
 */
export async function createDeskOrder(
  db: UnscopedClient,
  options: { storeSlug: string; paid: boolean; lines: readonly DeskOrderLine[] },
): Promise<DeskOrder> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { currency: true },
  });
  const number = await nextOrderNumber(db, tenantId);
  const tag = randomBytes(4).toString('hex');
  const email = `desk-${tag}@example.com`;
  const subtotal = options.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const cost = options.lines.reduce((sum, line) => sum + line.costPrice * line.quantity, 0);
  const profit = subtotal - cost;
  const address = {
    firstName: 'Dana',
    lastName: 'Desk',
    line1: '1 Test Street',
    city: 'Springfield',
    postalCode: '62701',
    country: 'US',
  };
  const order = await db.order.create({
    data: {
      tenantId,
      number,
      email,
      status: options.paid ? 'processing' : 'pending_payment',
      paymentStatus: options.paid ? 'paid' : 'pending',
      currency: tenant.currency,
      subtotal,
      total: subtotal,
      paidTotal: options.paid ? subtotal : 0,
      materialsCost: cost,
      totalCost: cost,
      profit,
      marginBps: subtotal > 0 ? Math.round((profit * 10_000) / subtotal) : 0,
      shippingMethodName: 'Standard',
      shippingAddress: address,
      billingAddress: address,
      items: {
        create: options.lines.map((line, position) => ({
          tenantId,
          name: line.name,
          unitPrice: line.unitPrice,
          quantity: line.quantity,
          total: line.unitPrice * line.quantity,
          costPrice: line.costPrice,
          position,
        })),
      },
      ...(options.paid
        ? {
            payments: {
              create: {
                tenantId,
                provider: 'manual' as const,
                status: 'captured' as const,
                amount: subtotal,
                capturedAmount: subtotal,
                currency: tenant.currency,
                idempotencyKey: `e2e-payment:${tag}`,
              },
            },
          }
        : {}),
      events: {
        create: [
          { tenantId, type: 'order.placed', message: 'Order placed on the storefront' },
          ...(options.paid
            ? [{ tenantId, type: 'payment.captured', message: 'Payment received (manual)' }]
            : []),
        ],
      },
    },
    select: { id: true, items: { orderBy: { position: 'asc' }, select: { id: true } } },
  });
  return { orderId: order.id, number, email, itemIds: order.items.map((item) => item.id) };
}
