import { emailTemplates } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';
import { emailTemplateKeys } from '@storeloom/validators';

import { loadEmailBranding } from './load-email-branding.ts';

/**
 * Every transactional template with whether the store sends it and its subject: the store's own
 * subject when it set one, else the built one shown with sample data.
 */
export async function listEmailTemplates({ db, tenantId }: { db: TenantClient; tenantId: string }) {
  const [{ branding }, overrides] = await Promise.all([
    loadEmailBranding({ db, tenantId }),
    db.emailTemplate.findMany({ select: { key: true, subject: true, isEnabled: true } }),
  ]);
  const byKey = new Map(overrides.map((override) => [override.key, override]));
  return emailTemplateKeys.map((key) => {
    const template = emailTemplates[key];
    const override = byKey.get(key);
    return {
      templateKey: key,
      name: template.name,
      isEnabled: override?.isEnabled ?? true,
      subject: override?.subject.trim() || template.subject(template.sampleData, branding),
      hasCustomSubject: Boolean(override?.subject.trim()),
    };
  });
}
