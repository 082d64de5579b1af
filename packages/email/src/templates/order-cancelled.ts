import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { orderCancelledEmailSchema } from '@storeloom/validators';

import { formatMoney } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'order_cancelled'>;

function OrderCancelledEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  const refund =
    data.refundAmount && data.refundAmount > 0
      ? formatMoney(data.refundAmount, data.currency, branding.locale)
      : null;
  return emailLayout(
    { branding, preview: `Order #${data.orderNumber} was cancelled` },
    title('Your order was cancelled'),
    greeting(data.customerName),
    paragraph(`Order #${data.orderNumber} has been cancelled.`),
    data.reason ? muted(data.reason) : null,
    paragraph(
      refund
        ? `${refund} is on its way back to you through the way you paid; banks usually show it within 5–10 business days.`
        : 'You have not been charged for it.',
    ),
    data.shopUrl
      ? actionButton(data.shopUrl, branding.primaryColor, 'Visit the shop')
      : paragraph('Reply to this email if you have any questions.'),
  );
}

export const orderCancelledTemplate = defineEmailTemplate({
  key: 'order_cancelled',
  name: 'Order cancelled',
  schema: orderCancelledEmailSchema,
  subject: (data) => `Order #${data.orderNumber} was cancelled`,
  component: OrderCancelledEmail,
  sampleData: {
    customerName: 'Sam',
    orderNumber: 1042,
    currency: 'USD',
    reason: 'No payment arrived in time, so the order was cancelled and its items released.',
    shopUrl: 'https://shop.example.com',
  },
});
