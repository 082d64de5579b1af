import { recordStorefrontEvent, type StorefrontEventRecord } from '@storeloom/core';
import type { TenantClient } from '@storeloom/db';

import { visitorSessionId } from '../../../session/visitor-session.ts';

interface EventContext {
  db: TenantClient;
  tenantId: string;
  requestId: string;
  cookies: ReadonlyMap<string, string>;
}

/**
 * Records a storefront event without holding up the response: the insert starts once the
 * procedure's own work is done and is not awaited. A failure is logged and never reaches the
 * shopper, whose cart or order is what matters.
 */
export function recordEventInBackground(
  ctx: EventContext,
  event: Omit<StorefrontEventRecord, 'sessionId' | 'customerId'>,
  shopper: { cartToken: string | null; customerId: string | null },
): void {
  const sessionId = visitorSessionId(ctx, shopper.cartToken);
  void recordStorefrontEvent({
    db: ctx.db,
    tenantId: ctx.tenantId,
    event: { ...event, sessionId, customerId: shopper.customerId },
  }).catch((error: unknown) => {
    console.error(`[events] ${event.type} not recorded (request ${ctx.requestId}):`, error);
  });
}
