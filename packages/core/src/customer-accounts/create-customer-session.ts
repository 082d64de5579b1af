import type { TenantTransaction } from '@storeloom/db';

import { hashOpaqueToken, newOpaqueToken } from './customer-session-token.ts';

export const CUSTOMER_SESSION_DAYS = 30;

export interface IssuedCustomerSession {
  /** The raw token for the cookie; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

/** Opens a 30-day session for a shopper. */
export async function createCustomerSession(
  tx: TenantTransaction,
  { tenantId, customerId, now }: { tenantId: string; customerId: string; now: Date },
): Promise<IssuedCustomerSession> {
  const token = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + CUSTOMER_SESSION_DAYS * 24 * 60 * 60 * 1000);
  await tx.customerSession.create({
    data: { tenantId, customerId, tokenHash: hashOpaqueToken(token), expiresAt },
  });
  return { token, expiresAt };
}
