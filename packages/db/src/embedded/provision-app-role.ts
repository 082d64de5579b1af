import pg from 'pg';

export interface AppRoleOptions {
  role: string;
  password: string;
  database: string;
}

/** The runtime role: may log in and use data, but can never bypass row-level security. */
export const defaultAppRole = { role: 'storeloom_app', password: 'storeloom_app' } as const;

/**
 * Creates or updates the non-superuser application role and grants it data access in `database`.
 * Run it again after migrations: `GRANT ... ON ALL TABLES` only covers tables that exist now,
 * and default privileges only cover tables created later by the role that runs this.
 */
export async function provisionAppRole(adminUrl: string, options: AppRoleOptions): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const role = client.escapeIdentifier(options.role);
    const password = client.escapeLiteral(options.password);
    const database = client.escapeIdentifier(options.database);
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [options.role]);
    const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
    // Roles are cluster-wide, so the grants below run inside the target database.
    await client.query(
      `${verb} ROLE ${role} WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${password}`,
    );
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
    await client.query(`
      GRANT USAGE ON SCHEMA public TO ${role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role};
    `);
    // Migration bookkeeping is the owner's business, not the application's.
    await client.query(`
      DO $$ BEGIN
        IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
          REVOKE ALL ON TABLE public._prisma_migrations FROM ${role};
        END IF;
      END $$;
    `);
  } finally {
    await client.end();
  }
}
