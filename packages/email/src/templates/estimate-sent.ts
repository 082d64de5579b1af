import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { estimateSentEmailSchema } from '@storeloom/validators';

import { formatDay, formatMoney } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'estimate_sent'>;

function EstimateSentEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  const total = formatMoney(data.total, data.currency, branding.locale);
  return emailLayout(
    { branding, preview: `Estimate #${data.estimateNumber}: ${total}` },
    title('Your estimate is ready'),
    greeting(data.customerName),
    paragraph(
      `${branding.storeName} sent you estimate #${data.estimateNumber}, “${data.title}”, for a total of ${total}.`,
    ),
    data.validUntil
      ? muted(`This estimate is valid until ${formatDay(data.validUntil, branding.locale)}.`)
      : null,
    actionButton(data.viewUrl, branding.primaryColor, 'View and accept the estimate'),
  );
}

export const estimateSentTemplate = defineEmailTemplate({
  key: 'estimate_sent',
  name: 'Estimate sent',
  schema: estimateSentEmailSchema,
  subject: (data, branding) => `Estimate #${data.estimateNumber} from ${branding.storeName}`,
  component: EstimateSentEmail,
  sampleData: {
    customerName: 'Alex',
    estimateNumber: 12,
    title: 'Kitchen shelving',
    currency: 'USD',
    total: 184_500,
    validUntil: new Date('2026-04-30T00:00:00Z'),
    viewUrl: 'https://shop.example.com/estimates/view/abc123',
  },
});
