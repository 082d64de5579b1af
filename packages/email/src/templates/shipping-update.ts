import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { shippingUpdateEmailSchema } from '@storeloom/validators';

import { formatDate } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, lines, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'shipping_update'>;

function ShippingUpdateEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: `Order #${data.orderNumber} is on its way` },
    title('Your order is on its way'),
    greeting(data.customerName),
    paragraph(
      `Order #${data.orderNumber} shipped with ${data.carrier} on ${formatDate(data.shippedAt, branding.locale)}.`,
    ),
    paragraph(`Tracking number: ${data.trackingNumber}`),
    lines(data.items.map((item) => ({ label: item.name, quantity: item.quantity }))),
    data.trackingUrl
      ? actionButton(data.trackingUrl, branding.primaryColor, 'Track your package')
      : muted('Use the tracking number on the carrier’s website.'),
  );
}

export const shippingUpdateTemplate = defineEmailTemplate({
  key: 'shipping_update',
  name: 'Shipping update',
  schema: shippingUpdateEmailSchema,
  subject: (data) => `Order #${data.orderNumber} has shipped`,
  component: ShippingUpdateEmail,
  sampleData: {
    customerName: 'Sam',
    orderNumber: 1042,
    carrier: 'UPS',
    trackingNumber: '1Z999AA10123456784',
    trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    shippedAt: new Date('2026-03-15T10:30:00Z'),
    items: [
      { name: 'Linen shirt', quantity: 2 },
      { name: 'Canvas tote', quantity: 1 },
    ],
  },
});
