import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { orderDeliveredEmailSchema } from '@storeloom/validators';

import { formatDate } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'order_delivered'>;

function OrderDeliveredEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: `Order #${data.orderNumber} was delivered` },
    title('Your order was delivered'),
    greeting(data.customerName),
    paragraph(
      `Order #${data.orderNumber} was delivered on ${formatDate(data.deliveredAt, branding.locale)}. We hope you enjoy it.`,
    ),
    paragraph('If anything is missing or not right, reply to this email.'),
    data.orderUrl ? actionButton(data.orderUrl, branding.primaryColor, 'View your order') : null,
  );
}

export const orderDeliveredTemplate = defineEmailTemplate({
  key: 'order_delivered',
  name: 'Order delivered',
  schema: orderDeliveredEmailSchema,
  subject: (data) => `Order #${data.orderNumber} was delivered`,
  component: OrderDeliveredEmail,
  sampleData: {
    customerName: 'Sam',
    orderNumber: 1042,
    deliveredAt: new Date('2026-03-18T13:45:00Z'),
    orderUrl: 'https://shop.example.com/account/orders/1042',
  },
});
