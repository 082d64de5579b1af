import { createDatabase, type Database } from './database.ts';
import { env } from './env.ts';

// One pool per process. Next's dev server re-evaluates modules on every edit, so the instance
// lives on globalThis rather than in module scope.
const globalForDb = globalThis as typeof globalThis & { storeloomDatabase?: Database };

/** The process-wide database, from DATABASE_URL (the embedded one when started by `pnpm start`). */
export function getDatabase(): Database {
  if (!globalForDb.storeloomDatabase) {
    const url = env.DATABASE_URL;
    if (!url) {
      throw new Error(
        'DATABASE_URL is not set. `pnpm start` starts the embedded PostgreSQL and sets it; otherwise point it at PostgreSQL 15+.',
      );
    }
    globalForDb.storeloomDatabase = createDatabase({ url });
  }
  return globalForDb.storeloomDatabase;
}
