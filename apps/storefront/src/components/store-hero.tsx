import { ButtonLink, cn } from '@storeloom/ui';
import Image from 'next/image';
import { Link } from '~/components/link';

import { skipImageOptimiser } from '~/lib/media-src';

export interface StoreHeroFeature {
  href: string;
  name: string;
  image: { src: string; alt: string };
}

export interface StoreHeroProps {
  storeName: string;
  /** Where "Shop new arrivals" jumps to, usually the product grid on the same page. */
  shopHref: string;
  /** Up to three products shown as tiles beside the text on wide screens. */
  featured: StoreHeroFeature[];
  /** False while the store has no products: no promise of new arrivals, no button to nothing. */
  stocked: boolean;
}

// One tall tile in the first column and two squares stacked in the second.
const tileLayout = ['row-span-2', 'aspect-square', 'aspect-square'];

function FeatureTiles({ featured }: { featured: StoreHeroFeature[] }) {
  if (featured.length === 0) return null;
  return (
    <ul
      className="hidden grid-flow-col grid-cols-[14rem_10rem] grid-rows-2 gap-4 lg:grid xl:grid-cols-[16rem_11rem]"
      aria-label="Featured products"
    >
      {featured.slice(0, tileLayout.length).map((item, index) => (
        <li
          key={item.href}
          className={cn(
            'relative overflow-hidden rounded-2xl bg-surface shadow-lg ring-1 ring-black/5',
            tileLayout[index],
          )}
        >
          <Link href={item.href} className="group block size-full">
            <Image
              src={item.image.src}
              alt={item.image.alt}
              fill
              sizes="(min-width: 1280px) 240px, 20vw"
              // The hero is above the fold on every home page visit.
              loading="eager"
              unoptimized={skipImageOptimiser(item.image.src)}
              className="object-cover transition-transform duration-300 group-hover:scale-[1.04] motion-reduce:transition-none"
            />
            <span className="sr-only">{item.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The home page banner, tinted with the store's accent so each store looks like itself. */
export function StoreHero({ storeName, shopHref, featured, stocked }: StoreHeroProps) {
  return (
    <section className="relative isolate overflow-hidden border-b border-border bg-accent-soft">
      <div aria-hidden="true" className="pointer-events-none absolute inset-0 -z-10">
        <div className="absolute -top-24 -left-24 size-96 rounded-full bg-accent opacity-10 blur-3xl" />
      </div>
      <div className="mx-auto grid w-full max-w-7xl items-center gap-12 px-4 py-16 sm:px-6 sm:py-20 lg:grid-cols-[1fr_auto]">
        <div>
          {stocked && (
            <p className="mb-5 inline-flex items-center gap-2 rounded-full bg-surface/70 px-3 py-1 text-sm font-medium text-muted-foreground ring-1 ring-border">
              <span aria-hidden="true" className="size-2 rounded-full bg-accent" />
              New arrivals are in
            </p>
          )}
          <h1 className="max-w-3xl text-4xl font-semibold tracking-tight text-balance text-foreground sm:text-6xl">
            {storeName}
          </h1>
          <p className="mt-5 max-w-xl text-base leading-7 text-pretty text-muted-foreground sm:text-lg">
            {stocked
              ? 'Browse the latest additions to our collection, with new products added every week.'
              : 'We are stocking our shelves. Please check back soon.'}
          </p>
          {stocked && (
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href={shopHref} linkComponent={Link} size="lg" className="px-6">
                Shop new arrivals
              </ButtonLink>
            </div>
          )}
        </div>
        <FeatureTiles featured={featured} />
      </div>
    </section>
  );
}
