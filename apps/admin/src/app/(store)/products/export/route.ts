import { csvDownloadResponse } from '~/lib/csv-download-response';
import { isFiltered, productFilter, readProductFilters } from '~/lib/product-filters';
import { api } from '~/trpc/server';

/**
 * The products as the import reads them, one row per variant: those the list's filters match
 * (`?status=&category=&q=`, as on `/products`), or every product when there is no filter.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const filters = readProductFilters({
    status: params.get('status') ?? undefined,
    category: params.get('category') ?? undefined,
    q: params.get('q') ?? undefined,
  });
  const { csv } = await (
    await api()
  ).products.exportCsv(
    isFiltered(filters) ? { selection: { filter: productFilter(filters) } } : {},
  );
  return csvDownloadResponse('products', csv);
}
