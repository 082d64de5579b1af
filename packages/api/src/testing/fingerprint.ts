import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

/** A snapshot of a store's main rows, to prove a call changed nothing. */
export async function fingerprint(database: Database, tenantId: string): Promise<string> {
  const db = unscoped(database);
  const [tenant, members, products, pages, orders, customers, categories] = await Promise.all([
    db.tenant.findUnique({ where: { id: tenantId } }),
    db.storeMember.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
    db.product.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
    db.page.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
    db.order.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
    db.customer.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
    db.category.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ tenant, members, products, pages, orders, customers, categories });
}
