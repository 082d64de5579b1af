import { Badge, cn, ImageIcon, Money } from '@storeloom/ui';
import Image from 'next/image';
import { Link } from '~/components/link';

import { skipImageOptimiser } from '~/lib/media-src';

export interface ProductCardData {
  id: string;
  href: string;
  name: string;
  /** Integer minor units; the lowest variant price when prices vary. */
  priceMinor: number;
  /** Shown struck through when higher than the price. */
  compareAtPriceMinor?: number | null;
  currency: string;
  /** Prefix the price with "From" because variants cost different amounts. */
  priceVaries?: boolean;
  image?: { src: string; alt: string } | null;
  soldOut?: boolean;
}

export interface ProductCardProps {
  product: ProductCardData;
  locale?: string;
  /** Above-the-fold cards load their image eagerly (several cards compete for LCP, so not `preload`). */
  eager?: boolean;
  /** The card most likely to be the largest paint (the first): its image is fetched first. */
  first?: boolean;
}

export function ProductCard({ product, locale, eager = false, first = false }: ProductCardProps) {
  const { compareAtPriceMinor } = product;
  const onSale = compareAtPriceMinor != null && compareAtPriceMinor > product.priceMinor;

  return (
    <article className="group relative flex flex-col">
      <div className="relative aspect-square overflow-hidden rounded-lg border border-border bg-surface-muted">
        {product.image != null ? (
          <Image
            src={product.image.src}
            alt={product.image.alt}
            fill
            sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
            loading={eager ? 'eager' : 'lazy'}
            fetchPriority={first ? 'high' : undefined}
            unoptimized={skipImageOptimiser(product.image.src)}
            className={cn(
              'object-cover transition-transform duration-300 group-hover:scale-[1.03] motion-reduce:transition-none',
              product.soldOut === true && 'opacity-60 grayscale-[40%]',
            )}
          />
        ) : (
          <div className="flex size-full items-center justify-center text-subtle-foreground">
            <ImageIcon className="size-8" />
          </div>
        )}
        {(product.soldOut === true || onSale) && (
          <div className="absolute top-2 left-2">
            {product.soldOut === true ? <Badge>Sold out</Badge> : <Badge tone="danger">Sale</Badge>}
          </div>
        )}
      </div>

      <div className="mt-3 flex flex-col gap-1">
        <h3 className="text-sm font-medium text-foreground">
          {/* The stretched link makes the whole card clickable while the link text stays just the name. */}
          <Link
            href={product.href}
            className="line-clamp-2 after:absolute after:inset-0 after:content-['']"
          >
            {product.name}
          </Link>
        </h3>
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold text-foreground">
            {product.priceVaries === true && (
              <span className="font-normal text-muted-foreground">From </span>
            )}
            <Money amountMinor={product.priceMinor} currency={product.currency} locale={locale} />
          </span>
          {onSale && (
            <s className="text-subtle-foreground">
              <span className="sr-only">Was </span>
              <Money
                amountMinor={compareAtPriceMinor}
                currency={product.currency}
                locale={locale}
              />
            </s>
          )}
        </p>
      </div>
    </article>
  );
}
