import type { TenantTransaction } from '@storeloom/db';

import { storefrontLink } from '../stores/storefront-link.ts';
import { signUnsubscribeToken } from './unsubscribe-token.ts';

/** The storefront page where a subscriber presses "Confirm" (a POST, so link scanners cannot). */
export function newsletterConfirmPath(token: string): string {
  return `/newsletter/confirm?token=${encodeURIComponent(token)}`;
}

/** The storefront page where a subscriber presses "Unsubscribe". */
export function newsletterUnsubscribePath(token: string): string {
  return `/newsletter/unsubscribe?token=${encodeURIComponent(token)}`;
}

/**
 * The absolute unsubscribe link of one subscriber, on the store's primary domain, for emails
 * sent outside a request (campaigns). Every newsletter email must carry it. Null when the store
 * has no domain to link to.
 */
export function newsletterUnsubscribeUrl(
  tx: TenantTransaction,
  { tenantId, subscriberId }: { tenantId: string; subscriberId: string },
): Promise<string | null> {
  const token = signUnsubscribeToken({ tenantId, subscriberId });
  return storefrontLink(tx, newsletterUnsubscribePath(token));
}
