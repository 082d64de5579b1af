import { readEncryptionKeyRing, type ProviderAccess } from '@storeloom/core';
import { getDatabase, type Database } from '@storeloom/db';
import { emailTransportFromEnv, type EmailTransport } from '@storeloom/email';

/**
 * What workflow steps reach outside the function: the database (steps scope it with
 * `database.forTenant(event.data.tenantId)`), the email transport, payment provider access and
 * the time. Functions are built from a resolver of these (`createXFunction(resolve)`), so tests
 * run the very same functions against a test database, the provider fakes and a moved clock.
 */
export interface WorkflowDependencies {
  database: Database;
  email: EmailTransport;
  payments: ProviderAccess;
  now: () => Date;
}

/**
 * Called inside each step, never at import: building the process's database or transport needs
 * configuration that a module graph being bundled or type-checked does not have.
 */
export type ResolveDependencies = () => WorkflowDependencies;

/**
 * The process's own dependencies: `getDatabase()` (the same database `startWorkflowsInProcess`
 * is given), the transport chosen by the environment (Resend or the outbox), the key ring that
 * opens stored payment secrets, and the system clock.
 */
export const processDependencies: ResolveDependencies = () => ({
  database: getDatabase(),
  email: emailTransportFromEnv(),
  payments: { keys: readEncryptionKeyRing() },
  now: () => new Date(),
});

/** The dependencies of one step, with the database scoped to the event's store. */
export function dependenciesFor(resolve: ResolveDependencies, tenantId: string) {
  const { database, email, payments, now } = resolve();
  return { db: database.forTenant(tenantId), tenantId, email, payments, now };
}
