import { ImageResponse } from 'next/og';

import { StoreShareImage } from '~/components/seo/store-share-image';
import { loadCurrentStore } from '~/lib/current-store';
import { loadShareImageFont } from '~/lib/seo/share-image-font';
import { shareImageText } from '~/lib/seo/share-image-text';
import { loadStorefrontSite } from '~/lib/seo/storefront-site';
import { themePalettes } from '~/theme/theme-variables';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
// Static by convention; the image itself names the store.
export const alt = 'The store’s name and tagline on its brand colour';
// One image per host: never prerendered at build time, where there is no request.
export const dynamic = 'force-dynamic';

/**
 * The Open Graph image of the home page (and of pages that set none of their own): the store's
 * name and tagline on its accent colour. Rendered offline with the app's own font.
 */
export default async function OpenGraphImage() {
  const [result, site, font] = await Promise.all([
    loadCurrentStore(),
    loadStorefrontSite(),
    loadShareImageFont(),
  ]);
  if (result.kind !== 'ok' || site === null) return new Response(null, { status: 404 });
  const { main } = themePalettes(result.theme);
  const name = shareImageText(result.store.name, 48) || result.store.slug;
  return new ImageResponse(
    <StoreShareImage
      name={name}
      tagline={site.tagline}
      host={new URL(site.canonicalOrigin).host}
      background={main.accent}
      foreground={main.accentForeground}
    />,
    {
      ...size,
      headers: { 'Cache-Control': 'public, max-age=3600' },
      ...(font === null ? {} : { fonts: [{ name: 'Inter', data: font, weight: 700 }] }),
    },
  );
}
