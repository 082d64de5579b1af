import type { TenantClient } from '@storeloom/db';
import type { ProductCsvRejection, ProductCsvReport } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { storeCurrency } from './catalog-lookups.ts';
import { applyProductImport } from './csv/apply-product-import.ts';
import { loadImportTargets } from './csv/load-import-targets.ts';
import { planProductImport } from './csv/plan-product-import.ts';
import { productCsvLines } from './csv/product-csv-lines.ts';
import { readProductCsv } from './csv/read-product-csv.ts';
import { currencyDigits } from './money-text.ts';

/** A large file writes thousands of rows; the default 5 s transaction limit is too short. */
const IMPORT_TIMEOUT_MS = 120_000;

const byRow = (a: ProductCsvRejection, b: ProductCsvRejection) =>
  a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '');

/**
 * Imports products with variants from CSV. Every row is checked (header, cells, consistency per
 * handle, the store's categories and SKUs); the report lists every rejected row. `apply` writes
 * only when nothing is rejected, all in one transaction: a file is imported whole or not at all.
 */
export async function importProductsCsv({
  db,
  tenantId,
  actor,
  csv,
  mode,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  csv: string;
  mode: 'validate' | 'apply';
}): Promise<ProductCsvReport> {
  return db.$transaction(
    async (tx) => {
      const currency = await storeCurrency(tx, tenantId);
      const read = readProductCsv(csv, currencyDigits(currency));
      const planned = planProductImport(read.rows);
      const targets = await loadImportTargets(tx, planned.products);
      const rejected = [...read.rejected, ...planned.rejected, ...targets.rejected].sort(byRow);
      const created = planned.products.filter((p) => !targets.productsByHandle.has(p.handle));
      const report: ProductCsvReport = {
        mode,
        rows: read.rowCount,
        created: created.length,
        updated: planned.products.length - created.length,
        rejected,
        lines: productCsvLines(
          read.rows,
          read.unread,
          rejected,
          new Set(targets.productsByHandle.keys()),
        ),
        applied: false,
      };
      if (mode === 'validate' || rejected.length > 0 || planned.products.length === 0) {
        return report;
      }
      const written = await applyProductImport(tx, planned.products, {
        tenantId,
        actorId: actor.id,
        currency,
        targets,
      });
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'product.import',
        targetType: 'Product',
        after: {
          rows: read.rowCount,
          created: written.created,
          updated: written.updated,
        },
      });
      return { ...report, applied: true };
    },
    { timeout: IMPORT_TIMEOUT_MS },
  );
}
