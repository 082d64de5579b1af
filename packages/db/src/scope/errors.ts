/** Code that tried to reach another store's rows through a tenant-scoped client. Always a bug. */
export class TenantScopeViolationError extends Error {
  readonly code = 'TENANT_SCOPE_VIOLATION';

  constructor(model: string, action: string) {
    super(`Tenant scope violation: ${action} on ${model} for another store`);
    this.name = 'TenantScopeViolationError';
  }
}

/**
 * True for a scope violation from any copy of this package. Next.js bundles can each carry their
 * own copy, so `instanceof` is not enough across a shared Database.
 */
export function isTenantScopeViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'TENANT_SCOPE_VIOLATION';
}
