import pg from 'pg';

/**
 * Startup failures are shown to whoever runs `pnpm start`; a stack trace from deep inside
 * `pg` does not tell them what to fix, so every known failure becomes one line.
 */
export class DatabaseStartupError extends Error {
  override readonly name = 'DatabaseStartupError';
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

function asErrorLike(err: unknown): ErrorLike {
  return typeof err === 'object' && err !== null ? err : { message: String(err) };
}

/** Node 20's happy-eyeballs connect reports refusals as an AggregateError with no top-level code. */
function codeOf(err: ErrorLike): string | undefined {
  if (typeof err.code === 'string') return err.code;
  if (Array.isArray(err.errors)) {
    for (const inner of err.errors) {
      const code = codeOf(asErrorLike(inner));
      if (code !== undefined) return code;
    }
  }
  return undefined;
}

interface Target {
  where: string;
  user: string;
  database: string;
}

/** Host, user and database from the URL, never the password. */
function describeTarget(url: string | undefined): Target | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return {
      where: `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`,
      user: decodeURIComponent(parsed.username) || '(default user)',
      database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)',
    };
  } catch {
    return undefined;
  }
}

function isMalformedUrl(err: ErrorLike, url: string | undefined): boolean {
  if (err.code === 'ERR_INVALID_URL') return true;
  if (url === undefined) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:';
  } catch {
    return true;
  }
}

const malformedUrlMessage =
  'DATABASE_URL is not a valid PostgreSQL URL (expected postgresql://user:password@host:port/database)';

/**
 * Turns a connection failure into one line that says what to fix.
 * @param url the URL that was used, so the message can name host, user and database.
 */
export function describeDatabaseError(err: unknown, url?: string): string {
  const e = asErrorLike(err);
  if (isMalformedUrl(e, url)) return malformedUrlMessage;
  const target = describeTarget(url);
  const where = target?.where ?? 'the configured host';
  const message = typeof e.message === 'string' ? e.message : '';
  switch (codeOf(e)) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where}: connection refused (is the server running?)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach PostgreSQL at ${where}: host not found (check the host in DATABASE_URL)`;
    case 'ETIMEDOUT':
      return `Cannot reach PostgreSQL at ${where}: connection timed out`;
    case '28P01':
      return `PostgreSQL at ${where} rejected the password for user "${target?.user ?? '?'}"`;
    case '28000':
      return `PostgreSQL at ${where} refused user "${target?.user ?? '?'}": ${message}`;
    case '3D000':
      return `Database "${target?.database ?? '?'}" does not exist on ${where}`;
    default:
      break;
  }
  // pg reports its own connect timeout without a code.
  if (/timeout/i.test(message)) return `Cannot reach PostgreSQL at ${where}: connection timed out`;
  const firstLine = message.split('\n')[0] ?? '';
  return `Database error at ${where}: ${firstLine || 'unknown error'}`;
}

/** Connects with a 5 s timeout and runs `select 1`; throws a one-line DatabaseStartupError. */
export async function assertDatabaseReachable(url: string, timeoutMs = 5000): Promise<void> {
  if (isMalformedUrl({}, url)) throw new DatabaseStartupError(malformedUrlMessage);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // An error after a failed connect would otherwise be an unhandled 'error' event.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (err) {
    throw new DatabaseStartupError(describeDatabaseError(err, url), { cause: err });
  } finally {
    await client.end().catch(() => undefined);
  }
}
