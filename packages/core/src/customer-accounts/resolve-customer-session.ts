import type { TenantClient } from '@storeloom/db';

import { hashOpaqueToken } from './customer-session-token.ts';
import { ordersVisibleSince, type OrderViewer } from './own-orders-where.ts';

export interface SignedInCustomer extends OrderViewer {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  sessionId: string;
}

/** The shopper behind a session cookie of this store, or null when absent, unknown or expired. */
export async function resolveCustomerSession({
  db,
  token,
  now = new Date(),
}: {
  db: TenantClient;
  token: string | null | undefined;
  now?: Date;
}): Promise<SignedInCustomer | null> {
  if (!token || token.length > 128) return null;
  const session = await db.customerSession.findFirst({
    where: { tokenHash: hashOpaqueToken(token), expiresAt: { gt: now } },
    select: {
      id: true,
      customer: {
        select: {
          id: true,
          email: true,
          firstName: true,
          lastName: true,
          emailVerifiedAt: true,
          registeredAt: true,
        },
      },
    },
  });
  if (!session) return null;
  const { emailVerifiedAt, registeredAt, ...customer } = session.customer;
  return {
    ...customer,
    sessionId: session.id,
    ordersVisibleSince: ordersVisibleSince({ emailVerifiedAt, registeredAt }),
  };
}
