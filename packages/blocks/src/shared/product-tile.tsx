import { Badge, cn, ImageIcon, Money } from '@storeloom/ui';

import type { BlockProduct } from '../data/block-data';
import type { BlockRenderContext } from '../registry/render-context';

export interface ProductTileProps {
  product: BlockProduct;
  context: BlockRenderContext;
  /** How wide the tile shows at each breakpoint, for the image's `sizes`. */
  sizes: string;
  eager: boolean;
}

/** A product in a grid: picture, name and price; the whole tile is one link. */
export function ProductTile({ product, context, sizes, eager }: ProductTileProps) {
  const { Link, Image, locale } = context;
  const { compareAtPrice } = product;
  const onSale = compareAtPrice !== null && compareAtPrice > product.price;
  return (
    <article className="group relative flex flex-col">
      <div className="relative aspect-square overflow-hidden rounded-lg border border-border bg-surface-muted">
        {product.image !== null ? (
          <Image
            src={product.image.src}
            alt={product.image.alt}
            sizes={sizes}
            eager={eager}
            className={cn(
              'object-cover transition-transform duration-300 group-hover:scale-[1.03] motion-reduce:transition-none',
              !product.inStock && 'opacity-60 grayscale-[40%]',
            )}
          />
        ) : (
          <div className="flex size-full items-center justify-center text-subtle-foreground">
            <ImageIcon className="size-8" />
          </div>
        )}
        {(!product.inStock || onSale) && (
          <div className="absolute top-2 left-2">
            {product.inStock ? <Badge tone="danger">Sale</Badge> : <Badge>Sold out</Badge>}
          </div>
        )}
      </div>
      <div className="mt-3 flex flex-col gap-1">
        <h3 className="text-sm font-medium text-foreground">
          {/* A stretched link: the whole tile is clickable, the link text is just the name. */}
          <Link
            href={product.href}
            className="line-clamp-2 after:absolute after:inset-0 after:content-['']"
          >
            {product.title}
          </Link>
        </h3>
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold text-foreground">
            {product.priceVaries && (
              <span className="font-normal text-muted-foreground">From </span>
            )}
            <Money amountMinor={product.price} currency={product.currency} locale={locale} />
          </span>
          {onSale && (
            <s className="text-subtle-foreground">
              <span className="sr-only">Was </span>
              <Money amountMinor={compareAtPrice} currency={product.currency} locale={locale} />
            </s>
          )}
        </p>
      </div>
    </article>
  );
}
