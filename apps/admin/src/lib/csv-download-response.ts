import 'server-only';

/**
 * CSV text as a file download named `<name>-YYYY-MM-DD.csv` (the UTC date of the export). A
 * byte-order mark goes first so spreadsheet apps read the UTF-8 as UTF-8; the import accepts it.
 */
export function csvDownloadResponse(name: string, csv: string, now: Date = new Date()): Response {
  const date = now.toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}-${date}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
