'use client';

import { cn, ImageIcon } from '@storeloom/ui';
import Image from 'next/image';
import { type KeyboardEvent, useRef } from 'react';

import { skipImageOptimiser } from '~/lib/media-src';

import type { GalleryImage } from './product-view-model';

export interface ProductGalleryProps {
  images: GalleryImage[];
  productTitle: string;
  /** The image shown large; the product view moves it when a variant has its own picture. */
  index: number;
  onSelect: (index: number) => void;
}

/** Arrow keys move along the thumbnails (one tab stop for the row), Home and End jump to the ends. */
function nextIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The main picture and, with more than one, a row of thumbnails to choose from. */
export function ProductGallery({ images, productTitle, index, onSelect }: ProductGalleryProps) {
  const thumbnails = useRef<(HTMLButtonElement | null)[]>([]);
  const current = images[index] ?? images[0];

  if (current === undefined) {
    return (
      <div className="flex aspect-square items-center justify-center rounded-xl border border-border bg-surface-muted text-subtle-foreground">
        <ImageIcon className="size-10" />
        <span className="sr-only">No picture of {productTitle} yet</span>
      </div>
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, from: number) {
    const to = nextIndex(event.key, from, images.length);
    if (to === null) return;
    event.preventDefault();
    onSelect(to);
    thumbnails.current[to]?.focus();
  }

  return (
    <section aria-label="Product images" className="flex flex-col gap-4">
      <div className="relative aspect-square overflow-hidden rounded-xl border border-border bg-surface">
        <Image
          src={current.url}
          alt={current.alt}
          fill
          sizes="(min-width: 1024px) 50vw, 100vw"
          // The largest thing on the page: preloaded and fetched before anything else.
          preload
          fetchPriority="high"
          unoptimized={skipImageOptimiser(current.url)}
          className="object-contain"
        />
      </div>
      {images.length > 1 && (
        <div
          role="group"
          aria-label="Choose a product image"
          className="-m-1 flex gap-3 overflow-x-auto p-1"
        >
          {images.map((image, position) => {
            const selected = image === current;
            return (
              <button
                key={`${image.url}-${String(position)}`}
                ref={(element) => {
                  thumbnails.current[position] = element;
                }}
                type="button"
                tabIndex={selected ? 0 : -1}
                aria-current={selected ? 'true' : undefined}
                aria-label={`Show image ${String(position + 1)} of ${String(images.length)}: ${image.alt}`}
                onClick={() => onSelect(position)}
                onKeyDown={(event) => onKeyDown(event, position)}
                className={cn(
                  'relative size-16 shrink-0 overflow-hidden rounded-lg border bg-surface sm:size-20',
                  selected
                    ? 'border-foreground ring-1 ring-foreground'
                    : 'border-border hover:border-border-strong',
                )}
              >
                <Image
                  src={image.url}
                  alt=""
                  fill
                  sizes="80px"
                  // In view beside the main picture, which shares the first one's address.
                  loading="eager"
                  unoptimized={skipImageOptimiser(image.url)}
                  className="object-cover"
                />
              </button>
            );
          })}
        </div>
      )}
    </section>
  );
}
