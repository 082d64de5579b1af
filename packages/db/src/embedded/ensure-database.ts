import pg from 'pg';

/** Creates `database` on the server behind `adminUrl` unless it already exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount !== 0) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  } finally {
    await client.end();
  }
}

/** Builds a local connection URL; credentials are URL-encoded so any password works. */
export function localUrl(options: {
  user: string;
  password: string;
  port: number;
  database: string;
}): string {
  const user = encodeURIComponent(options.user);
  const password = encodeURIComponent(options.password);
  return `postgresql://${user}:${password}@127.0.0.1:${String(options.port)}/${encodeURIComponent(options.database)}`;
}
