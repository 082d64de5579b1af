import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

import pg from 'pg';

import { listen, type RunningServer } from './api-server.ts';
import type { RawStatements } from './scenarios.ts';

/**
 * The baseline: the same statements through a plain `pg` pool as the same application role, in
 * the same kind of transaction (the store set with set_config, so row-level security applies),
 * answered as JSON. It skips everything the platform adds: host resolution, tRPC, input
 * validation, building the SQL, Prisma and superjson. `GET /<name>` runs that scenario.
 */
export async function startRawServer(options: {
  appUrl: string;
  maxConnections: number;
  tenantId: string;
  statements: ReadonlyMap<string, RawStatements>;
  /**
   * Name the main statements, so each connection parses and plans them once (what the
   * application would get from prepared statements). Off by default: the API does not.
   */
  prepared?: boolean;
}): Promise<RunningServer & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: options.appUrl, max: options.maxConnections });
  // A connection the server drops (it stops on Ctrl+C) fails its request; it must not crash the
  // process, idle or checked out.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const run = async ({ setup, main }: RawStatements) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [options.tenantId]);
      for (const statement of setup) await client.query(statement.text, statement.values);
      const result = await client.query<Record<string, unknown>>({
        text: main.text,
        values: main.values,
        ...(options.prepared
          ? { name: createHash('sha1').update(main.text).digest('hex').slice(0, 16) }
          : {}),
      });
      await client.query('COMMIT');
      return result.rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const server = createServer((req, res) => {
    const statements = options.statements.get((req.url ?? '/').slice(1));
    if (!statements) {
      res.writeHead(404).end();
      return;
    }
    run(statements).then(
      (rows) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
      },
      (error: unknown) => {
        console.error('[bench] raw query failed:', error);
        res.writeHead(500).end();
      },
    );
  });
  const running = await listen(server);
  return {
    ...running,
    pool,
    close: async () => {
      await running.close();
      await pool.end();
    },
  };
}
