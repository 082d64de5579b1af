import { defineConfig } from 'prisma/config';

// The CLI reads this file (generate, and on machines with the native engine, migrate). The
// datasource URL is only needed by migrate; runtime code gets its URL from src/env.ts.
export default defineConfig({
  schema: '../../prisma/schema',
  migrations: { path: '../../prisma/migrations' },
  datasource: {
    // eslint-disable-next-line no-restricted-properties -- the CLI config cannot import src/env.ts
    url:
      process.env.DATABASE_MIGRATION_URL ??
      process.env.DATABASE_URL ??
      'postgresql://localhost:5432/storeloom',
  },
});
