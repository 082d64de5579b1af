import { ImageIcon } from '@storeloom/ui';

import type { ProductRow } from '~/lib/product-filters';

/**
 * The product's first image at thumbnail size, from the media URL the API returns. A plain
 * <img>: store media are served as they are, so the image optimiser would add nothing.
 */
export function ProductThumbnail({ image }: { image: ProductRow['image'] }) {
  return (
    <span className="flex size-10 shrink-0 items-center justify-center overflow-hidden rounded-md border border-border bg-surface-muted">
      {image === null ? (
        <ImageIcon aria-hidden="true" className="size-4 text-subtle-foreground" />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- see above
        <img
          src={image.url}
          alt={image.altText ?? ''}
          loading="lazy"
          className="size-full object-cover"
        />
      )}
    </span>
  );
}
