import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { type CustomerProfile, customerProfileSelect } from './customer-profile.ts';

/** The signed-in shopper's own account. */
export async function getCustomerProfile({
  db,
  customerId,
}: {
  db: TenantClient;
  customerId: string;
}): Promise<CustomerProfile> {
  const customer = await db.customer.findFirst({
    where: { id: customerId },
    select: customerProfileSelect,
  });
  if (!customer) throw notFound('Customer');
  return customer;
}
