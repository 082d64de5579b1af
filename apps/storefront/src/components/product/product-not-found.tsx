import { ButtonLink, SearchIcon } from '@storeloom/ui';
import Form from 'next/form';
import { Link } from '~/components/link';

import { ProductCard } from '~/components/product-card';
import { searchItemToCard } from '~/lib/catalog/search-product-card';

import { notFoundSuggestions, searchWordsOf } from './not-found-suggestions';

export interface ProductNotFoundProps {
  /** The handle from the address, as typed. */
  slug: string;
  locale: string;
}

/**
 * Shown (under a 404 the proxy settled) for a product the store does not sell: it may have been
 * renamed or taken off sale. Offers a search for the words of the address and products to try.
 */
export async function ProductNotFound({ slug, locale }: ProductNotFoundProps) {
  const suggestions = await notFoundSuggestions(slug);
  const words = searchWordsOf(slug).join(' ');
  const heading =
    suggestions.kind === 'matches' ? 'Were you looking for one of these?' : 'Popular right now';
  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-12 sm:px-6 sm:py-16">
      <div className="mx-auto flex max-w-xl flex-col items-center text-center">
        <div
          aria-hidden="true"
          className="mb-6 flex size-14 items-center justify-center rounded-2xl border border-border bg-surface text-muted-foreground shadow-xs [&_svg]:size-6"
        >
          <SearchIcon />
        </div>
        <h1 className="text-3xl font-semibold tracking-tight text-balance">
          We couldn&apos;t find that product
        </h1>
        <p className="mt-3 text-base leading-7 text-muted-foreground">
          It may have been renamed or is no longer sold. Try searching for it, or have a look at the
          products below.
        </p>
        <Form action="/search" role="search" className="mt-8 flex w-full gap-2">
          <label htmlFor="product-not-found-search" className="sr-only">
            Search the store
          </label>
          <input
            id="product-not-found-search"
            name="q"
            type="search"
            defaultValue={words}
            placeholder="Search the store"
            className="h-11 min-w-0 flex-1 rounded-md border border-border-strong bg-surface px-3 text-base text-foreground placeholder:text-subtle-foreground focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-hidden"
          />
          <button
            type="submit"
            className="inline-flex h-11 items-center rounded-md bg-accent px-5 text-sm font-medium text-accent-foreground hover:bg-accent-hover"
          >
            Search
          </button>
        </Form>
        <ButtonLink href="/" linkComponent={Link} variant="ghost" className="mt-4">
          Back to the store
        </ButtonLink>
      </div>

      {suggestions.items.length > 0 && (
        <section aria-labelledby="product-suggestions-heading" className="mt-16">
          <h2
            id="product-suggestions-heading"
            className="mb-6 text-2xl font-semibold tracking-tight"
          >
            {heading}
          </h2>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 sm:gap-x-6 lg:grid-cols-4">
            {suggestions.items.map((item) => (
              <li key={item.id}>
                <ProductCard product={searchItemToCard(item)} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
