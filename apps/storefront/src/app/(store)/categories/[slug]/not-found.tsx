import { ButtonLink, EmptyState, SearchIcon } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';

import { categoryHref } from '~/lib/category-links';
import { api } from '~/trpc/server';

export const metadata: Metadata = { title: 'Category not found', robots: { index: false } };

/**
 * An unknown or removed category (the proxy has already set 404). It keeps the store's chrome and
 * offers the categories that do exist and the search, since the shopper came here to browse.
 */
export default async function CategoryNotFound() {
  const categories = await (await api()).storefront.catalog.categoryTree();
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
      <EmptyState
        icon={<SearchIcon />}
        titleAs="h1"
        title="Category not found"
        description="This category does not exist or has been removed. Try one of these, or search the whole store."
        action={
          <ButtonLink href="/search" linkComponent={Link}>
            Browse all products
          </ButtonLink>
        }
        className="[&_h1]:text-2xl"
      />
      {categories.length > 0 && (
        <nav aria-labelledby="existing-categories" className="mt-4">
          <h2 id="existing-categories" className="sr-only">
            Categories
          </h2>
          <ul className="flex flex-wrap justify-center gap-2">
            {categories.map((category) => (
              <li key={category.id}>
                <Link
                  href={categoryHref(category.slug)}
                  className="inline-flex h-9 items-center rounded-full border border-border bg-surface px-4 text-sm text-foreground hover:border-border-strong hover:bg-surface-muted"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </main>
  );
}
