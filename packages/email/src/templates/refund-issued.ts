import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { refundIssuedEmailSchema } from '@storeloom/validators';

import { formatDate, formatMoney } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { greeting, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'refund_issued'>;

function RefundIssuedEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  const amount = formatMoney(data.amount, data.currency, branding.locale);
  return emailLayout(
    { branding, preview: `A refund of ${amount} is on its way` },
    title('Your refund was issued'),
    greeting(data.customerName),
    paragraph(
      `We refunded ${amount} for order #${data.orderNumber} on ${formatDate(data.issuedAt, branding.locale)}.`,
    ),
    data.reason ? muted(`Reason: ${data.reason}`) : null,
    muted(
      'It goes back to your original payment method; banks usually take 5 to 10 business days to show it.',
    ),
  );
}

export const refundIssuedTemplate = defineEmailTemplate({
  key: 'refund_issued',
  name: 'Refund issued',
  schema: refundIssuedEmailSchema,
  subject: (data, branding) =>
    `Refund of ${formatMoney(data.amount, data.currency, branding.locale)} for order #${data.orderNumber}`,
  component: RefundIssuedEmail,
  sampleData: {
    customerName: 'Sam',
    orderNumber: 1042,
    amount: 4500,
    currency: 'USD',
    issuedAt: new Date('2026-03-22T09:00:00Z'),
    reason: 'Returned item',
  },
});
