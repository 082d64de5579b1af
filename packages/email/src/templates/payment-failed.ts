import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { paymentFailedEmailSchema } from '@storeloom/validators';

import { formatMoney } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'payment_failed'>;

function PaymentFailedEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  const amount = formatMoney(data.amount, data.currency, branding.locale);
  return emailLayout(
    { branding, preview: `The payment for order #${data.orderNumber} failed` },
    title('Your payment did not go through'),
    greeting(data.customerName),
    paragraph(
      `We could not collect ${amount} for order #${data.orderNumber}. Your order is on hold until the payment succeeds.`,
    ),
    data.reason ? muted(`Reason given by the payment provider: ${data.reason}`) : null,
    data.payUrl
      ? actionButton(data.payUrl, branding.primaryColor, 'Try another payment method')
      : paragraph('Reply to this email and we will help you complete it.'),
  );
}

export const paymentFailedTemplate = defineEmailTemplate({
  key: 'payment_failed',
  name: 'Payment failed',
  schema: paymentFailedEmailSchema,
  subject: (data) => `Payment for order #${data.orderNumber} failed`,
  component: PaymentFailedEmail,
  sampleData: {
    customerName: 'Sam',
    orderNumber: 1042,
    amount: 11299,
    currency: 'USD',
    reason: 'Your card was declined.',
    payUrl: 'https://shop.example.com/orders/1042/pay',
  },
});
