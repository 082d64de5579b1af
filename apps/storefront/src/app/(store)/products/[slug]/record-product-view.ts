import 'server-only';

import { after } from 'next/server';
import { headers } from 'next/headers';

import { canonicalUrl } from '~/lib/seo/canonical-url';
import { api } from '~/trpc/server';

const MAX_URL_LENGTH = 2048;

/** The Referer header when it is a web address worth keeping; anything else is left out. */
function referrerOf(value: string | null): string | undefined {
  if (value === null || value.length > MAX_URL_LENGTH) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Counts a product view once the page has been sent: the shopper never waits for it, and a
 * failure is logged, never shown. The API caller (and with it the store, the visitor cookie and
 * the customer) is taken now, because request data cannot be read once the response is gone.
 */
export async function recordProductViewAfterResponse({
  productId,
  variantId,
  path,
}: {
  productId: string;
  variantId: string | null;
  path: string;
}): Promise<void> {
  const caller = await api();
  const referrer = referrerOf((await headers()).get('referer'));
  const url = await canonicalUrl(path);
  after(async () => {
    try {
      await caller.storefront.events.record({
        type: 'product_view',
        productId,
        ...(variantId === null ? {} : { variantId }),
        ...(url.startsWith('http') ? { url } : {}),
        ...(referrer === undefined ? {} : { referrer }),
      });
    } catch (error) {
      console.error('[product page] product view not recorded', error);
    }
  });
}
