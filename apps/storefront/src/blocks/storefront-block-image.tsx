import type { BlockImageProps } from '@storeloom/blocks';
import Image from 'next/image';

import { skipImageOptimiser } from '~/lib/media-src';

/** next/image for blocks: fills the block's image box, optimised unless it is store media. */
export function StorefrontBlockImage({
  src,
  alt,
  sizes,
  eager,
  highPriority = false,
  className,
}: BlockImageProps) {
  return (
    <Image
      src={src}
      alt={alt}
      fill
      sizes={sizes}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={highPriority ? 'high' : undefined}
      unoptimized={skipImageOptimiser(src)}
      className={className}
    />
  );
}
