import { hasPermission } from '@storeloom/auth/permissions';
import { ButtonLink, PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';

import { requireSession } from '~/auth/session';
import { ImportProductsButton } from '~/components/products/import-products-button';
import { ProductsView } from '~/components/products/products-view';
import {
  nextProductsCursor,
  productsExportHref,
  productsHref,
  productsListInput,
  readProductFilters,
} from '~/lib/product-filters';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Products' };

type SearchParam = string | string[] | undefined;

interface ProductsPageProps {
  searchParams: Promise<{
    status?: SearchParam;
    category?: SearchParam;
    q?: SearchParam;
    sort?: SearchParam;
  }>;
}

/** The catalogue: every product of the store, filtered in the URL, with bulk actions and CSV. */
export default async function ProductsPage({ searchParams }: ProductsPageProps) {
  const filters = readProductFilters(await searchParams);
  const session = await requireSession();
  const role = session.activeStore?.role ?? 'viewer';
  const canWrite = hasPermission(role, 'products:write');
  const queryClient = getQueryClient();
  // Awaited, not streamed, as on the orders page; failures are left to the client's retry.
  const [store] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient
      .infiniteQuery(
        trpc.products.list.infiniteQueryOptions(productsListInput(filters), {
          getNextPageParam: nextProductsCursor,
        }),
      )
      .catch(() => undefined),
    queryClient.query(trpc.categories.tree.queryOptions()).catch(() => undefined),
  ]);

  return (
    <>
      <PageHeader
        title="Products"
        description="Everything your store sells, with its variants, stock and prices. Import and export them as CSV."
        actions={
          <>
            {/* A plain download link: the route answers the CSV as an attachment. */}
            <ButtonLink href={productsExportHref(filters)} variant="secondary" download>
              Export
            </ButtonLink>
            {canWrite && <ImportProductsButton />}
          </>
        }
      />
      <HydrateClient>
        {/* Keyed by the filters, so a new list starts with nothing selected. */}
        <ProductsView
          key={productsHref(filters)}
          filters={filters}
          canWrite={canWrite}
          locale={store.locale}
        />
      </HydrateClient>
    </>
  );
}
