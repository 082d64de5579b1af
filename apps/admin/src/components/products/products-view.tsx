'use client';

import {
  ActionNotice,
  BoxIcon,
  ButtonLink,
  Card,
  EmptyState,
  type Notice,
  statusLabel,
  TabLinks,
} from '@storeloom/ui';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';

import { PagedListBody } from '~/components/paged-list-body';
import {
  isFiltered,
  nextProductsCursor,
  PRODUCT_STATUS_TABS,
  productsHref,
  productsListInput,
  type ProductFilters,
} from '~/lib/product-filters';
import { useTRPC } from '~/trpc/react';

import { flattenCategories } from './flatten-categories';
import { ProductBulkBar } from './product-bulk-bar';
import { ProductFilterForm } from './product-filter-form';
import { ProductsTable } from './products-table';

export interface ProductsViewProps {
  filters: ProductFilters;
  /** `products:write`: row checkboxes and bulk actions. */
  canWrite: boolean;
  locale: string;
}

function NoProducts({ filters }: { filters: ProductFilters }) {
  if (isFiltered(filters)) {
    const what =
      filters.status === undefined
        ? 'products'
        : `${statusLabel(filters.status).toLowerCase()} products`;
    return (
      <EmptyState
        icon={<BoxIcon />}
        title={filters.q === undefined ? `No ${what} here` : `No ${what} match “${filters.q}”`}
        description="Search by part of a product’s title or of a variant’s SKU. A category includes its subcategories."
        action={
          <ButtonLink
            href={productsHref({
              ...filters,
              status: undefined,
              categoryId: undefined,
              q: undefined,
            })}
            linkComponent={Link}
            variant="secondary"
          >
            Show all products
          </ButtonLink>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<BoxIcon />}
      title="No products yet"
      description="Products appear here with their variants, stock and prices. Import a CSV file to add many at once."
    />
  );
}

/** The catalogue: status tabs, search and filters, the products, bulk actions and "Load more". */
export function ProductsView({ filters, canWrite, locale }: ProductsViewProps) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.products.list.infiniteQueryOptions(productsListInput(filters), {
      getNextPageParam: nextProductsCursor,
    }),
  );
  // The filter still works without the tree: it only lacks the category choice.
  const tree = useQuery(trpc.categories.tree.queryOptions());
  const products = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  // Only rows still listed count: a product deleted or filtered away drops out of the selection.
  const selectedIds = products.filter((p) => selected.has(p.id)).map((p) => p.id);

  const tabs = [
    {
      href: productsHref({ ...filters, status: undefined }),
      label: 'All',
      active: filters.status === undefined,
    },
    ...PRODUCT_STATUS_TABS.map((status) => ({
      href: productsHref({ ...filters, status }),
      label: statusLabel(status),
      active: status === filters.status,
    })),
  ];

  return (
    <div className="space-y-4">
      {notice !== null && (
        <ActionNotice
          notice={notice}
          onDismiss={() => {
            setNotice(null);
          }}
        />
      )}
      <Card className="overflow-hidden">
        <TabLinks
          label="Filter products by status"
          items={tabs}
          linkComponent={Link}
          className="px-2"
        />
        {/* Keyed so the controls show the URL's values again after a tab or "Show all" link. */}
        <ProductFilterForm
          key={productsHref(filters)}
          filters={filters}
          categories={flattenCategories(tree.data ?? [])}
        />
        {canWrite && selectedIds.length > 0 && (
          <ProductBulkBar
            productIds={selectedIds}
            onClear={() => {
              setSelected(new Set());
            }}
            onDone={(outcome) => {
              setSelected(new Set());
              setNotice(outcome);
            }}
          />
        )}
        <PagedListBody
          query={list}
          itemCount={products.length}
          loadingLabel="Loading products"
          errorTitle="Products could not be loaded"
          empty={<NoProducts filters={filters} />}
        >
          <ProductsTable
            products={products}
            locale={locale}
            selection={
              canWrite
                ? {
                    selected,
                    onToggle: (productId) => {
                      setSelected((current) => {
                        const next = new Set(current);
                        if (next.has(productId)) next.delete(productId);
                        else next.add(productId);
                        return next;
                      });
                    },
                    onToggleAll: (select) => {
                      setSelected(select ? new Set(products.map((p) => p.id)) : new Set());
                    },
                  }
                : null
            }
          />
        </PagedListBody>
      </Card>
    </div>
  );
}
