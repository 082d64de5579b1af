import { NextResponse } from 'next/server';

import { loadCurrentStore } from '~/lib/current-store';
import { storeMonogram } from '~/theme/store-monogram';
import { themePalettes } from '~/theme/theme-variables';

/**
 * The favicon of the store this host serves (linked from the root layout's metadata): the
 * theme's own image when it has one, else its initials on its accent colour. Browsers keep
 * favicons a long time, so the answer is cached briefly, and a theme change shows soon.
 */
const cacheControl = 'public, max-age=300, stale-while-revalidate=3600';

export async function GET(): Promise<Response> {
  const result = await loadCurrentStore();
  // Unknown hosts never get here (the proxy answers 404); an offline store shows no brand.
  if (result.kind !== 'ok') return new NextResponse(null, { status: 404 });

  const { store, theme } = result;
  if (theme.faviconUrl !== null) {
    return NextResponse.redirect(theme.faviconUrl, {
      status: 307,
      headers: { 'Cache-Control': cacheControl },
    });
  }
  const { main } = themePalettes(theme);
  return storeMonogram(
    store.name,
    { background: main.accent, foreground: main.accentForeground },
    { 'Cache-Control': cacheControl },
  );
}
