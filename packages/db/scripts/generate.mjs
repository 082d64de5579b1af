// Generates the Prisma client offline. The CLI insists on locating a native schema engine even
// though `generate` never runs it, so point it at any existing file when none is configured.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = join(packageDir, '..', '..', 'prisma', 'schema');
if (!existsSync(schema)) {
  console.log('prisma/schema not found; skipping client generation');
  process.exit(0);
}
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const prismaBin = join(packageDir, 'node_modules', '.bin', 'prisma');
const result = spawnSync(prismaBin, ['generate'], { cwd: packageDir, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
