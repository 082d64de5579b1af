import { EmptyState, SearchIcon } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { ProductCard, type ProductCardData } from './product-card';

export interface ProductGridProps {
  products: ProductCardData[];
  locale?: string;
  /** Shown instead of the grid when there are no products (e.g. a search with no results). */
  empty?: { title: string; description?: string; action?: ReactNode };
}

/** How many cards the largest layout shows in its first row; those load eagerly. */
const FIRST_ROW = 4;

export function ProductGrid({ products, locale, empty }: ProductGridProps) {
  if (products.length === 0) {
    return (
      <EmptyState
        icon={<SearchIcon />}
        title={empty?.title ?? 'No products yet'}
        description={empty?.description}
        action={empty?.action}
      />
    );
  }
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 sm:gap-x-6 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            locale={locale}
            eager={index < FIRST_ROW}
            first={index === 0}
          />
        </li>
      ))}
    </ul>
  );
}
