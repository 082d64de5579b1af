import { migrate } from '@storeloom/db/migrate';

/** Applies pending migrations; the runner's errors already name the migration and the reason. */
export async function runMigrations(ownerUrl: string): Promise<string> {
  const result = await migrate({ url: ownerUrl });
  const already = result.alreadyApplied.length;
  return result.applied.length === 0
    ? `migrations up to date (${String(already)} applied)`
    : `applied ${String(result.applied.length)} migration(s): ${result.applied.join(', ')}` +
        (already > 0 ? ` (${String(already)} already applied)` : '');
}
