import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from './generated/prisma/client.ts';

export interface CreateClientOptions {
  /** Connection string of the application role (never a superuser, so RLS holds). */
  url: string;
  /** Pool size per process; PostgreSQL's own limit is shared by every app instance. */
  maxConnections?: number;
}

/** A plain Prisma client over a pooled node-postgres connection. Not tenant-scoped. */
export function createPrismaClient({ url, maxConnections = 10 }: CreateClientOptions) {
  const adapter = new PrismaPg({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export type BaseClient = ReturnType<typeof createPrismaClient>;
