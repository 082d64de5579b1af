import { sanitizeRichText } from '@storeloom/blocks';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';

import { BreadcrumbJsonLd } from '~/components/catalog/breadcrumb-json-ld';
import { Breadcrumbs } from '~/components/catalog/breadcrumbs';
import { plainTextOf } from '~/components/product/plain-text';
import { ProductDescription } from '~/components/product/product-description';
import { ProductDetail } from '~/components/product/product-detail';
import { ProductJsonLdScript } from '~/components/product/product-json-ld-script';
import { ProductNotFound } from '~/components/product/product-not-found';
import { ProductRecommendations } from '~/components/product/product-recommendations';
import { toDetailProduct } from '~/components/product/product-view-model';
import { RecommendationsSkeleton } from '~/components/product/recommendations-skeleton';
import { categoryHref } from '~/lib/category-links';
import { loadCurrentStore } from '~/lib/current-store';
import { productHref } from '~/lib/product-cards';
import { canonicalUrl } from '~/lib/seo/canonical-url';

import { loadProduct, type StorefrontProduct } from './load-product';
import { recordProductViewAfterResponse } from './record-product-view';

interface ProductPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Search results show about this much of a description. */
const META_DESCRIPTION_LENGTH = 160;

function descriptionOf(product: StorefrontProduct): string {
  return plainTextOf(sanitizeRichText(product.descriptionHtml), META_DESCRIPTION_LENGTH);
}

/** Media on the store's host is relative; structured data needs every address absolute. */
function absoluteUrl(url: string): Promise<string> {
  return /^https?:\/\//i.test(url) ? Promise.resolve(url) : canonicalUrl(url);
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const current = await loadCurrentStore();
  if (current.kind !== 'ok') return { robots: { index: false } };
  const { store } = current;
  const product = await loadProduct((await params).slug);
  if (product === null) {
    return { title: `Product not found — ${store.name}`, robots: { index: false } };
  }
  // An empty SEO description is no description: search engines would show none at all.
  const description =
    product.seo.description?.trim() ||
    descriptionOf(product) ||
    `Buy ${product.title} at ${store.name}.`;
  const image = product.media.find((media) => media.kind === 'image');
  const url = await canonicalUrl(productHref(product.slug));
  return {
    // A merchant's own SEO title is used as written; the product's name gets the store's.
    title:
      product.seo.title === product.title ? `${product.title} — ${store.name}` : product.seo.title,
    description,
    // Every variant is a view of the same product page.
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      url,
      title: product.seo.title,
      description,
      siteName: store.name,
      ...(image === undefined
        ? {}
        : {
            images: [
              {
                url: image.url,
                alt: image.alt,
                ...(image.width === null ? {} : { width: image.width }),
                ...(image.height === null ? {} : { height: image.height }),
              },
            ],
          }),
    },
  };
}

export default async function ProductPage({ params, searchParams }: ProductPageProps) {
  const current = await loadCurrentStore();
  // The layout has already handled both cases; this narrows the type.
  if (current.kind !== 'ok') notFound();
  const { store } = current;
  const { slug } = await params;
  // The proxy has already answered 404 for a product the store does not sell; this covers one
  // taken off sale since, and shows suggestions either way.
  const product = await loadProduct(slug);
  if (product === null) return <ProductNotFound slug={slug} locale={store.locale} />;

  const requested = (await searchParams).variant;
  const initialVariantId =
    typeof requested === 'string' && product.variants.some((variant) => variant.id === requested)
      ? requested
      : null;
  const path = productHref(product.slug);
  await recordProductViewAfterResponse({
    productId: product.id,
    variantId: initialVariantId,
    path,
  });

  const deepest = product.categories[0];
  const crumbs = [
    { name: 'Home', href: '/' },
    ...(deepest?.breadcrumbs ?? []).map((crumb) => ({
      name: crumb.name,
      href: categoryHref(crumb.slug),
    })),
    { name: product.title, href: path },
  ];
  const [url, images, crumbUrls] = await Promise.all([
    canonicalUrl(path),
    Promise.all(
      product.media
        .filter((media) => media.kind === 'image')
        .map((media) => absoluteUrl(media.url)),
    ),
    Promise.all(crumbs.map((crumb) => canonicalUrl(crumb.href))),
  ]);

  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
      <ProductJsonLdScript
        product={{
          name: product.title,
          description: descriptionOf(product),
          url,
          brand: product.vendor,
          images,
          storeName: store.name,
          variants: product.variants,
        }}
      />
      <BreadcrumbJsonLd
        items={crumbs.map((crumb, index) => ({ name: crumb.name, url: crumbUrls[index] ?? url }))}
      />
      <div className="mb-6">
        <Breadcrumbs items={crumbs} />
      </div>

      <ProductDetail
        product={toDetailProduct(product, store.currency)}
        initialVariantId={initialVariantId}
        locale={store.locale}
        heading={
          <div>
            {product.vendor !== null && (
              <p className="text-sm font-medium tracking-wide text-muted-foreground uppercase">
                {product.vendor}
              </p>
            )}
            <h1 className="mt-1 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
              {product.title}
            </h1>
          </div>
        }
      >
        <ProductDescription
          html={product.descriptionHtml}
          className="border-t border-border pt-6"
        />
      </ProductDetail>

      <Suspense fallback={<RecommendationsSkeleton title="You may also like" />}>
        <ProductRecommendations
          kind="related"
          productId={product.id}
          title="You may also like"
          locale={store.locale}
        />
      </Suspense>
      <Suspense fallback={<RecommendationsSkeleton title="Customers also bought" />}>
        <ProductRecommendations
          kind="alsoBought"
          productId={product.id}
          title="Customers also bought"
          locale={store.locale}
        />
      </Suspense>
    </main>
  );
}
