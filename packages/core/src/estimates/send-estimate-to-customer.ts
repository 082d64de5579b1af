import { emailTransportFromEnv, type EmailTransport } from '@storeloom/email';
import type { EmailStatus, TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { loadEmailBranding } from '../email/load-email-branding.ts';
import { sendStoreEmail } from '../email/send-store-email.ts';
import { sendEstimate } from './send-estimate.ts';

/** What became of the `estimate_sent` email; `reason` says why none went out. */
export interface EstimateEmailOutcome {
  emailId: string | null;
  status: EmailStatus | 'skipped';
  reason: string | null;
}

/** The storefront path of an estimate's public link, where the customer views and answers it. */
export const estimateLinkPath = (token: string) => `/estimates/${token}`;

/**
 * The merchant's "Send": marks the estimate sent with a new link (`sendEstimate`), then emails
 * the customer the `estimate_sent` template carrying that link. The raw token exists only here,
 * so this is the one place the email can be written. The email goes out after the estimate's
 * transaction, as a network call must; a failed or skipped email leaves the estimate sent and is
 * reported, so the merchant can retry it from the outbox or send again (which replaces the link).
 * The key holds the send time: a repeated delivery is one email, a later send is a new one.
 */
export async function sendEstimateToCustomer({
  db,
  tenantId,
  actor,
  estimateId,
  transport = emailTransportFromEnv(),
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  estimateId: string;
  transport?: EmailTransport;
  now?: Date;
}) {
  const { estimate, token } = await sendEstimate({ db, tenantId, actor, estimateId, now });
  const { branding } = await loadEmailBranding({ db, tenantId });
  if (!branding.storeUrl) {
    const email: EstimateEmailOutcome = {
      emailId: null,
      status: 'skipped',
      reason: 'The store has no domain for the estimate’s link',
    };
    return { estimate, token, email };
  }
  const sent = await sendStoreEmail({
    db,
    tenantId,
    transport,
    to: estimate.customerEmail,
    templateKey: 'estimate_sent',
    data: {
      customerName: estimate.customerName,
      estimateNumber: estimate.number,
      title: estimate.title,
      currency: estimate.currency,
      total: estimate.total,
      validUntil: estimate.validUntil ?? undefined,
      viewUrl: `${branding.storeUrl}${estimateLinkPath(token)}`,
    },
    idempotencyKey: `estimate-sent:${estimate.id}:${now.getTime()}`,
  });
  const email: EstimateEmailOutcome = sent.skipped
    ? { emailId: null, status: 'skipped', reason: 'The “Estimate sent” email is turned off' }
    : { emailId: sent.email.id, status: sent.email.status, reason: sent.failure?.message ?? null };
  return { estimate, token, email };
}
