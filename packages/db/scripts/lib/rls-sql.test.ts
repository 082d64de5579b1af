import { describe, expect, it } from 'vitest';
import { rlsSqlForTable, rlsSqlForTables } from './rls-sql';

describe('rlsSqlForTable', () => {
  it('enables, forces and adds the tenant policy with a quoted table name', () => {
    const sql = rlsSqlForTable('OrderItem');
    expect(sql).toContain(`ALTER TABLE "OrderItem" ENABLE ROW LEVEL SECURITY;`);
    expect(sql).toContain(`ALTER TABLE "OrderItem" FORCE ROW LEVEL SECURITY;`);
    expect(sql).toContain(`CREATE POLICY tenant_isolation ON "OrderItem"`);
    const condition = `("tenantId" = current_setting('app.tenant_id', true) OR current_setting('app.rls_bypass', true) = 'on')`;
    expect(sql).toContain(`USING ${condition}`);
    expect(sql).toContain(`WITH CHECK ${condition};`);
  });

  it('escapes quotes in identifiers', () => {
    expect(rlsSqlForTable(`We"ird`)).toContain(`"We""ird"`);
  });
});

describe('rlsSqlForTables', () => {
  it('is empty for no tables', () => {
    expect(rlsSqlForTables([])).toBe('');
  });

  it('emits one block per table in a stable order', () => {
    const sql = rlsSqlForTables(['Product', 'Cart']);
    expect(sql.indexOf(`"Cart"`)).toBeLessThan(sql.indexOf(`"Product"`));
    expect(sql.match(/CREATE POLICY/g)).toHaveLength(2);
  });
});
