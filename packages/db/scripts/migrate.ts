// `pnpm --filter @storeloom/db migrate`: applies pending migrations to DATABASE_MIGRATION_URL
// (or DATABASE_URL), like `prisma migrate deploy` but without the native schema engine.
import { migrate } from '../src/migrate';

migrate({
  log: (line) => {
    console.log(line);
  },
}).then(
  (result) => {
    console.log(
      `${String(result.applied.length)} applied, ${String(result.alreadyApplied.length)} already applied`,
    );
    process.exit(0);
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
