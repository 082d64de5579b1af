export { createDatabase, type Database } from './database.ts';
export {
  type ChangeFeed,
  type ChangeTopic,
  type StoreChange,
  type StoreChangeListener,
  STORE_CHANGES_CHANNEL,
} from './changes/change-feed.ts';
export { getDatabase } from './default-database.ts';
export type { TenantClient, TenantTransaction } from './scope/for-tenant.ts';
export { isTenantScopeViolation, TenantScopeViolationError } from './scope/errors.ts';
export { tenantModels, isTenantModel, type TenantModel } from './scope/tenant-models.ts';
export { Prisma } from './generated/prisma/client.ts';
export * from './generated/prisma/enums.ts';
export type * from './generated/prisma/models.ts';
