import { Avatar } from '@storeloom/ui';
import Image from 'next/image';

export interface StoreBrandProps {
  name: string;
  /** The theme's logo; absent, the store's initials on its accent stand in. */
  logoUrl?: string | null;
}

const WEB_URL = /^https?:\/\//i;

/**
 * The store's mark at the start of the header. A logo replaces the name (it is the logo's
 * text alternative): logos usually contain the name, and a wide wordmark needs the room. It is
 * fitted whole, left-aligned, into a fixed box, so a wide or tall image keeps its proportions
 * and the header does not move when it loads.
 */
export function StoreBrand({ name, logoUrl }: StoreBrandProps) {
  if (logoUrl != null && WEB_URL.test(logoUrl)) {
    return (
      <span className="relative block h-10 w-36 sm:w-44">
        <Image
          src={logoUrl}
          alt={name}
          fill
          sizes="176px"
          loading="eager"
          // Any address the merchant chose; the optimiser only fetches hosts it is configured for.
          unoptimized
          className="object-contain object-left"
        />
      </span>
    );
  }
  return (
    <>
      <Avatar
        name={name}
        shape="square"
        colorClassName="bg-accent text-accent-foreground"
        decorative
      />
      <span className="truncate text-base font-semibold tracking-tight">{name}</span>
    </>
  );
}
