import type { ProductCsvLine, ProductCsvRejection } from '@storeloom/validators';

import type { ProductCsvRow, ReadProductCsvResult } from './read-product-csv.ts';

/**
 * One line per row for the import report, in file order: rows with a rejection are `reject`
 * (including rows that could not be read, named by their cells as written, and the header when it
 * is wrong); the others create or update their product, as the store already has its handle or not.
 */
export function productCsvLines(
  rows: readonly ProductCsvRow[],
  unread: ReadProductCsvResult['unread'],
  rejected: readonly ProductCsvRejection[],
  existingHandles: ReadonlySet<string>,
): ProductCsvLine[] {
  const rejectedRows = new Set(rejected.map((rejection) => rejection.row));
  const lines = new Map<number, ProductCsvLine>();
  for (const row of rows) {
    lines.set(row.row, {
      row: row.row,
      handle: row.handle,
      sku: row.sku,
      outcome: rejectedRows.has(row.row)
        ? 'reject'
        : existingHandles.has(row.handle)
          ? 'update'
          : 'create',
    });
  }
  const blankToNull = (cell: string) => (cell === '' ? null : cell);
  for (const { row, handle, sku } of unread) {
    lines.set(row, { row, handle: blankToNull(handle), sku: blankToNull(sku), outcome: 'reject' });
  }
  for (const row of rejectedRows) {
    if (!lines.has(row)) lines.set(row, { row, handle: null, sku: null, outcome: 'reject' });
  }
  return [...lines.values()].sort((a, b) => a.row - b.row);
}
