import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';
import type { EmailTemplateInput } from '@storeloom/validators';

import {
  deliverStoreEmail,
  type NotificationResult,
} from '../order-notifications/deliver-store-email.ts';

/**
 * Emails one member the `low_stock` alert (built by `lowStockAlertEmail`). The caller's key
 * names the alert and the member, so a repeated step sends each member one email per event.
 */
export async function sendLowStockAlert({
  db,
  tenantId,
  to,
  data,
  idempotencyKey,
  transport,
}: {
  db: TenantClient;
  tenantId: string;
  to: string;
  data: EmailTemplateInput<'low_stock'>;
  idempotencyKey: string;
  transport: EmailTransport;
}): Promise<NotificationResult> {
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to,
    templateKey: 'low_stock',
    data,
    idempotencyKey,
  });
}
