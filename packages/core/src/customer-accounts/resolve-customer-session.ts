import type { TenantClient } from '@storeloom/db';

import { hashOpaqueToken } from './customer-session-token.ts';

export interface SignedInCustomer {
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
      customer: { select: { id: true, email: true, firstName: true, lastName: true } },
    },
  });
  return session ? { ...session.customer, sessionId: session.id } : null;
}
