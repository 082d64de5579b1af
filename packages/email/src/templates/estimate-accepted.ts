import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { estimateAcceptedEmailSchema } from '@storeloom/validators';

import { formatDate, formatMoney } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { greeting, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'estimate_accepted'>;

function EstimateAcceptedEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  const total = formatMoney(data.total, data.currency, branding.locale);
  return emailLayout(
    { branding, preview: `Estimate #${data.estimateNumber} accepted` },
    title('Estimate accepted'),
    greeting(data.customerName),
    paragraph(
      `Estimate #${data.estimateNumber}, “${data.title}” (${total}), was accepted on ${formatDate(data.acceptedAt, branding.locale)}.`,
    ),
    paragraph(
      data.orderNumber
        ? `It is now order #${data.orderNumber}; we will keep you posted as work progresses.`
        : 'We will be in touch shortly with the next steps.',
    ),
  );
}

export const estimateAcceptedTemplate = defineEmailTemplate({
  key: 'estimate_accepted',
  name: 'Estimate accepted',
  schema: estimateAcceptedEmailSchema,
  subject: (data) => `Estimate #${data.estimateNumber} accepted`,
  component: EstimateAcceptedEmail,
  sampleData: {
    customerName: 'Alex',
    estimateNumber: 12,
    title: 'Kitchen shelving',
    currency: 'USD',
    total: 184_500,
    acceptedAt: new Date('2026-04-02T11:20:00Z'),
    orderNumber: 1043,
  },
});
