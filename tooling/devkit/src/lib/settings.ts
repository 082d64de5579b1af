import { join } from 'node:path';
import { appNames, appSpec, defaultAppPorts, portVariableOf, type AppSpec } from './apps';
import { DevkitError } from './errors';
import { repoRoot } from './repo-root';

export type AppsMode = 'dev' | 'prod';

export interface DevkitSettings {
  /** `dev`: `next dev`, no build. `prod`: `next build` then `next start`. */
  appsMode: AppsMode;
  seed: boolean;
  apps: AppSpec[];
  dataDir: string;
  rootDomain: string;
  /** Set when the operator brings their own PostgreSQL. */
  databaseUrl: string | undefined;
  /** Owner role for migrations and seeding; defaults to `databaseUrl`. */
  migrationUrl: string | undefined;
}

type Env = Record<string, string | undefined>;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function parsePort(variable: string, value: string | undefined, fallback: number): number {
  const raw = nonEmpty(value);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DevkitError(`${variable} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return port;
}

function parseMode(variable: string, value: string | undefined, fallback: AppsMode): AppsMode {
  const raw = nonEmpty(value)?.toLowerCase() ?? fallback;
  if (raw === 'dev' || raw === 'prod') return raw;
  throw new DevkitError(`${variable} must be "dev" or "prod", got "${raw}"`);
}

function parseBoolean(variable: string, value: string | undefined, fallback: boolean): boolean {
  const raw = nonEmpty(value)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new DevkitError(`${variable} must be "true" or "false", got "${raw}"`);
}

/**
 * Reads the start command's settings. Every mistake becomes a DevkitError naming the variable,
 * so a typo in `.env` is reported before anything starts.
 */
export function readSettings(
  env: Env,
  options: { modeVariable?: string; defaultMode?: AppsMode } = {},
): DevkitSettings {
  const modeVariable = options.modeVariable ?? 'STORELOOM_APPS_MODE';
  const apps = appNames.map((name) =>
    appSpec(
      name,
      parsePort(portVariableOf(name), env[portVariableOf(name)], defaultAppPorts[name]),
    ),
  );
  return {
    appsMode: parseMode(modeVariable, env[modeVariable], options.defaultMode ?? 'dev'),
    seed: parseBoolean('STORELOOM_SEED', env.STORELOOM_SEED, true),
    apps,
    dataDir: nonEmpty(env.STORELOOM_DATA_DIR) ?? join(repoRoot, '.data'),
    rootDomain: nonEmpty(env.STORELOOM_ROOT_DOMAIN)?.toLowerCase() ?? 'localhost',
    databaseUrl: nonEmpty(env.DATABASE_URL),
    migrationUrl: nonEmpty(env.DATABASE_MIGRATION_URL),
  };
}
