import { ButtonLink, EmptyState, SearchIcon } from '@storeloom/ui';
import { Link } from '~/components/link';

import type { CategoryNavLink } from '~/components/category-nav';

export interface NoSearchResultsProps {
  query: string;
  /** Top-level categories, offered as a way to browse instead. */
  categories: CategoryNavLink[];
}

/** Nothing matched the text: help with the spelling and offer the store's categories instead. */
export function NoSearchResults({ query, categories }: NoSearchResultsProps) {
  return (
    <div className="rounded-xl border border-dashed border-border-strong bg-surface">
      <EmptyState
        icon={<SearchIcon />}
        title={query === '' ? 'No products yet' : `No results for “${query}”`}
        description={
          query === ''
            ? 'This store has not listed any products yet. Please check back soon.'
            : 'Check the spelling, try fewer or more general words, or browse a category below.'
        }
        action={
          query === '' ? undefined : (
            <ButtonLink href="/search" linkComponent={Link} variant="secondary">
              Browse all products
            </ButtonLink>
          )
        }
      />
      {categories.length > 0 && (
        <nav aria-labelledby="no-results-categories" className="border-t border-border px-6 py-6">
          <h3
            id="no-results-categories"
            className="mb-3 text-center text-sm font-semibold text-foreground"
          >
            Shop by category
          </h3>
          <ul className="flex flex-wrap justify-center gap-2">
            {categories.map((category) => (
              <li key={category.href}>
                <Link
                  href={category.href}
                  className="inline-flex h-9 items-center rounded-full border border-border px-4 text-sm text-foreground hover:border-border-strong hover:bg-surface-muted"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
