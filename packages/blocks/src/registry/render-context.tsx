import type { LinkComponent } from '@storeloom/ui';
import type { ComponentType } from 'react';

export interface BlockImageProps {
  src: string;
  alt: string;
  /** The `sizes` attribute: how wide the image shows at each breakpoint. */
  sizes: string;
  /** Above the fold: load now rather than lazily. */
  eager: boolean;
  /** The page's main picture (a leading hero's): fetched before other images. */
  highPriority?: boolean;
  className?: string;
}

/**
 * Renders an image that fills its nearest positioned parent (like next/image with `fill`).
 * Blocks always give images a sized, relative box, so no intrinsic dimensions are needed.
 */
export type BlockImageComponent = ComponentType<BlockImageProps>;

/**
 * What the host passes down to every block. Blocks do not import Next: the storefront passes
 * next/link and next/image, the builder's preview may pass plain elements.
 */
export interface BlockRenderContext {
  Link: LinkComponent;
  Image: BlockImageComponent;
  /** BCP 47 locale for prices. */
  locale: string;
  /** The page being rendered, e.g. `home`; newsletter sign-ups report it as their source. */
  pageSlug: string;
}

/** Where a block sits, for the few decisions that depend on it. */
export interface BlockPlacement {
  /** Inside a column: no full-bleed backgrounds, no page gutters, smaller type. */
  nested: boolean;
  /** The first block of the page: a hero there carries the page's h1. */
  first: boolean;
  /** Likely above the fold: images load eagerly. */
  eager: boolean;
}

/** The plain element the builder can use when it has no image optimiser. */
export function PlainImage({ src, alt, eager, highPriority = false, className }: BlockImageProps) {
  return (
    <img
      src={src}
      alt={alt}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={highPriority ? 'high' : undefined}
      decoding="async"
      className={['absolute inset-0 size-full', className].filter(Boolean).join(' ')}
    />
  );
}
