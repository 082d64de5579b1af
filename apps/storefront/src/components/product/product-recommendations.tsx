import 'server-only';

import { ProductCard } from '~/components/product-card';
import { searchItemToCard } from '~/lib/catalog/search-product-card';
import { api } from '~/trpc/server';

export type RecommendationKind = 'related' | 'alsoBought';

export interface ProductRecommendationsProps {
  kind: RecommendationKind;
  productId: string;
  title: string;
  locale: string;
}

const LIMIT = 8;

async function loadRecommendations(kind: RecommendationKind, productId: string) {
  const catalog = (await api()).storefront.catalog;
  const input = { productId, limit: LIMIT };
  try {
    return kind === 'related' ? await catalog.related(input) : await catalog.alsoBought(input);
  } catch (error) {
    // Suggestions are extras: when they fail, the product page goes on without them.
    console.error(`[product page] ${kind} recommendations failed`, error);
    return [];
  }
}

/**
 * A row of other products ("You may also like", "Customers also bought"). Streamed in its own
 * Suspense boundary, so the product itself never waits for it; nothing shows when it is empty.
 */
export async function ProductRecommendations({
  kind,
  productId,
  title,
  locale,
}: ProductRecommendationsProps) {
  const items = await loadRecommendations(kind, productId);
  if (items.length === 0) return null;
  const headingId = `${kind}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-16">
      <h2 id={headingId} className="mb-6 text-2xl font-semibold tracking-tight">
        {title}
      </h2>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 sm:gap-x-6 lg:grid-cols-4">
        {items.map((item) => (
          <li key={item.id}>
            {/* Below the fold: every image loads lazily. */}
            <ProductCard product={searchItemToCard(item)} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
