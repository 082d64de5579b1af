import type { ClientBase } from 'pg';

/**
 * Tables in `public` with a tenantId column but no row-level security yet. Asked of a database
 * where the new migration has just been applied, so it covers new tables and tables that just
 * gained tenantId, and it cannot be fooled by how the SQL happens to be formatted.
 */
export async function tablesNeedingRls(client: ClientBase): Promise<string[]> {
  const result = await client.query<{ table: string }>(`
    SELECT c.relname AS "table"
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId' AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity
     ORDER BY c.relname`);
  return result.rows.map((row) => row.table);
}
