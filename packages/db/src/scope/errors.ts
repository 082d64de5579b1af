/** Code that tried to reach another store's rows through a tenant-scoped client. Always a bug. */
export class TenantScopeViolationError extends Error {
  readonly code = "TENANT_SCOPE_VIOLATION";

  constructor(model: string, action: string) {
    super(`Tenant scope violation: ${action} on ${model} for another store`);
    this.name = "TenantScopeViolationError";
  }
}
