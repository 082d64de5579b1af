import type { TenantClient } from '@storeloom/db';

/** Ends one shopper session (this browser); other devices stay signed in. */
export async function signOutCustomer({
  db,
  sessionId,
}: {
  db: TenantClient;
  sessionId: string;
}): Promise<{ signedOut: true }> {
  await db.customerSession.deleteMany({ where: { id: sessionId } });
  return { signedOut: true };
}
