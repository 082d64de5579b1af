import type { StoreRole, TenantClient } from '@storeloom/db';

/** Who hears about stock running low: the people who run the store, not every clerk. */
export const STOCK_ALERT_ROLES: readonly StoreRole[] = ['owner', 'admin'];

export interface StockAlertRecipient {
  userId: string;
  email: string;
}

/** The store's owners and admins, oldest membership first, each once. */
export async function stockAlertRecipients({
  db,
}: {
  db: TenantClient;
}): Promise<StockAlertRecipient[]> {
  const members = await db.storeMember.findMany({
    where: { role: { in: [...STOCK_ALERT_ROLES] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { userId: true, user: { select: { email: true } } },
  });
  return members.map((member) => ({ userId: member.userId, email: member.user.email }));
}
