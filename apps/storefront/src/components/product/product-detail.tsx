'use client';

import { type ReactNode, useMemo, useState } from 'react';

import { useHydrated } from '@storeloom/ui';

import { AddToCartForm } from './add-to-cart-form';
import { ProductGallery } from './product-gallery';
import { ProductPrice } from './product-price';
import { type DetailProduct, type DetailVariant, imageIndexOf } from './product-view-model';
import { StockNote } from './stock-note';
import { VariantPicker } from './variant-picker';
import {
  chooseValue,
  initialVariant,
  optionValueStates,
  type Selection,
  selectionOf,
  variantFor,
} from './variant-selection';

export interface ProductDetailProps {
  product: DetailProduct;
  /** The variant in the URL (`?variant=`), when it names one of this product's. */
  initialVariantId: string | null;
  locale: string;
  /** Title and vendor, rendered on the server. */
  heading: ReactNode;
  /** What follows the buy box: the description. */
  children?: ReactNode;
}

/** Keeps the chosen variant in the address, so the page can be shared and reloads on it. */
function rememberVariant(variantId: string) {
  const url = new URL(window.location.href);
  url.searchParams.set('variant', variantId);
  // Not router.replace: the server already sent every variant, so there is nothing to fetch.
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The interactive part of the product page: gallery, price, availability, the variant picker
 * and the buy box. Everything a variant changes is derived from the one selection.
 */
export function ProductDetail({
  product,
  initialVariantId,
  locale,
  heading,
  children,
}: ProductDetailProps) {
  const hydrated = useHydrated();
  const start = initialVariant(product.variants, initialVariantId);
  const [selection, setSelection] = useState<Selection>(() =>
    start === null ? {} : selectionOf(start),
  );
  const [imageIndex, setImageIndex] = useState(() =>
    start === null ? 0 : Math.max(imageIndexOf(product.images, start), 0),
  );

  const variant: DetailVariant | null = useMemo(() => {
    const found = variantFor(product.variants, product.options, selection);
    return product.variants.find((candidate) => candidate.id === found?.id) ?? null;
  }, [product.variants, product.options, selection]);
  const states = useMemo(
    () => optionValueStates(product.options, product.variants, selection),
    [product.options, product.variants, selection],
  );

  function choose(optionId: string, valueId: string) {
    const next = chooseValue(product.options, product.variants, selection, optionId, valueId);
    setSelection(next);
    const chosen = variantFor(product.variants, product.options, next);
    const detail = product.variants.find((candidate) => candidate.id === chosen?.id);
    if (detail === undefined) return;
    rememberVariant(detail.id);
    const own = imageIndexOf(product.images, detail);
    if (own !== -1) setImageIndex(own);
  }

  const pricesVary = product.priceMax > product.priceMin;
  return (
    <div className="grid gap-8 lg:grid-cols-2 lg:gap-12">
      <div className="lg:sticky lg:top-36 lg:self-start">
        <ProductGallery
          images={product.images}
          productTitle={product.title}
          index={imageIndex}
          onSelect={setImageIndex}
        />
      </div>
      <div className="flex flex-col gap-6">
        {heading}
        {product.variants.length > 0 && (
          <div aria-live="polite" aria-atomic="true" className="flex flex-col gap-2">
            <ProductPrice
              price={variant?.price ?? product.priceMin}
              compareAtPrice={variant?.compareAtPrice ?? null}
              currency={variant?.currency ?? product.currency}
              locale={locale}
              from={variant === null && pricesVary}
            />
            <StockNote stock={variant} />
          </div>
        )}
        {product.options.length > 0 && (
          <VariantPicker
            options={product.options}
            selection={selection}
            states={states}
            onChoose={choose}
            enabled={hydrated}
          />
        )}
        <AddToCartForm productTitle={product.title} variant={variant} />
        {children}
      </div>
    </div>
  );
}
