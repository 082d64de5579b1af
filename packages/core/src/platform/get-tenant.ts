import type { UnscopedClient } from '@storeloom/db/unscoped';

import { notFound } from '../errors/domain-error.ts';

export async function getTenant({ db, tenantId }: { db: UnscopedClient; tenantId: string }) {
  const tenant = await db.tenant.findUnique({
    where: { id: tenantId },
    include: {
      domains: { orderBy: { hostname: 'asc' } },
      members: {
        include: { user: { select: { id: true, email: true, name: true } } },
        orderBy: { createdAt: 'asc' },
      },
      _count: { select: { products: true, orders: true, customers: true } },
    },
  });
  if (!tenant) throw notFound('Store');
  const { _count, ...rest } = tenant;
  return { ...rest, counts: _count };
}
