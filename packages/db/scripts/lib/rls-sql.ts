/** The GUCs the tenant session sets (see the RLS session code in packages/db). */
const tenantMatches = `"tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on'`;

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Row-level security for tenant-owned tables: FORCE makes it apply to the table owner too, and
 * the policy name is the same everywhere so later migrations can find and replace it.
 */
export function rlsSqlForTable(table: string): string {
  const t = quoteIdentifier(table);
  return [
    `-- RowLevelSecurity`,
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`,
    `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`,
    `CREATE POLICY tenant_isolation ON ${t}`,
    `    USING (${tenantMatches})`,
    `    WITH CHECK (${tenantMatches});`,
  ].join('\n');
}

/** The block appended to a generated migration; empty when there is nothing to protect. */
export function rlsSqlForTables(tables: readonly string[]): string {
  if (tables.length === 0) return '';
  return `${[...tables].sort().map(rlsSqlForTable).join('\n\n')}\n`;
}
