// Deep imports, as in missing-page.ts: the proxy bundle should hold only what it needs.
import { isDomainError } from '@storeloom/core/errors/domain-error';
import { findEstimateByToken } from '@storeloom/core/estimates/public-estimate';
import type { TenantClient } from '@storeloom/db';

/**
 * Whether `/estimates/<token>` opens an estimate of this store: the same lookup as the page's
 * (`storefront.estimates.view`), on the store-scoped client, so another store's link is missing
 * here too. Expired and answered estimates exist; unknown, replaced and withdrawn links do not.
 */
export async function estimateLinkExists({
  db,
  slug: token,
}: {
  db: TenantClient;
  slug: string;
}): Promise<boolean> {
  try {
    await db.$transaction((tx) => findEstimateByToken(tx, token));
    return true;
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') return false;
    throw error;
  }
}
