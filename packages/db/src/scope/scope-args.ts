import { TenantScopeViolationError } from './errors.ts';

type Args = Record<string, unknown>;

const filteredOperations = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
  'upsert',
]);

function isRecord(value: unknown): value is Args {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The column that names the store: `tenantId` on tenant-owned rows, `id` on the store row itself. */
function scopeColumn(model: string): 'tenantId' | 'id' {
  return model === 'Tenant' ? 'id' : 'tenantId';
}

/** Adds the store to a filter; an explicit other store is refused rather than silently rewritten. */
function scopeWhere(where: unknown, tenantId: string, model: string): Args {
  const column = scopeColumn(model);
  const base = isRecord(where) ? where : {};
  if (base[column] !== undefined && base[column] !== tenantId) {
    throw new TenantScopeViolationError(model, 'read');
  }
  return { ...base, [column]: tenantId };
}

/** Forces `tenantId` on rows being created. */
function scopeCreate(data: unknown, tenantId: string, model: string): unknown {
  if (model === 'Tenant') throw new TenantScopeViolationError(model, 'create a store');
  if (Array.isArray(data)) return data.map((row) => scopeCreate(row, tenantId, model));
  if (!isRecord(data)) return data;
  if ((data.tenantId !== undefined && data.tenantId !== tenantId) || 'tenant' in data) {
    throw new TenantScopeViolationError(model, 'write');
  }
  return { ...data, tenantId };
}

/** Updates may not move a row to another store, by scalar or by relation. */
function assertNoTenantChange(data: unknown, tenantId: string, model: string): void {
  if (!isRecord(data)) return;
  const column = scopeColumn(model);
  const moved = data[column] !== undefined && data[column] !== tenantId;
  if (moved || (column === 'tenantId' && 'tenant' in data)) {
    throw new TenantScopeViolationError(model, 'move to another store');
  }
}

/**
 * Returns the operation arguments with the store injected into every filter and every row
 * written. Pure, so it is unit-tested on its own; the extension applies it to tenant models and
 * to the Tenant model itself.
 */
export function scopeArgs(model: string, operation: string, args: unknown, tenantId: string): Args {
  const scoped: Args = isRecord(args) ? { ...args } : {};
  if (filteredOperations.has(operation)) {
    scoped.where = scopeWhere(scoped.where, tenantId, model);
  }
  switch (operation) {
    case 'create':
    case 'createMany':
    case 'createManyAndReturn':
      scoped.data = scopeCreate(scoped.data, tenantId, model);
      break;
    case 'upsert':
      scoped.create = scopeCreate(scoped.create, tenantId, model);
      assertNoTenantChange(scoped.update, tenantId, model);
      break;
    case 'update':
    case 'updateMany':
    case 'updateManyAndReturn':
      assertNoTenantChange(scoped.data, tenantId, model);
      break;
  }
  return scoped;
}
