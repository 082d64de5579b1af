import { renderEmailSample } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';
import type { EmailTemplateKey } from '@storeloom/validators';

import { loadEmailBranding } from './load-email-branding.ts';

/** A template rendered with its sample data in the store's branding, for the admin preview. */
export async function previewEmailTemplate({
  db,
  tenantId,
  templateKey,
}: {
  db: TenantClient;
  tenantId: string;
  templateKey: EmailTemplateKey;
}) {
  const [{ branding }, override] = await Promise.all([
    loadEmailBranding({ db, tenantId }),
    db.emailTemplate.findFirst({ where: { key: templateKey }, select: { subject: true } }),
  ]);
  const email = await renderEmailSample(templateKey, branding, override?.subject);
  return { templateKey, subject: email.subject, html: email.html, text: email.text };
}
