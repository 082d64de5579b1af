import { Prisma } from '../generated/prisma/client.ts';
import { scopeArgs } from './scope-args.ts';
import { isTenantModel } from './tenant-models.ts';

/** First wall: injects the store into every query on a tenant-owned model and on Tenant itself. */
export function tenantScopeExtension(tenantId: string) {
  return Prisma.defineExtension({
    name: 'tenant-scope',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (!isTenantModel(model) && model !== 'Tenant') return query(args);
          return query(scopeArgs(model, operation, args, tenantId));
        },
      },
    },
  });
}
