import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { orderConfirmationEmailSchema } from '@storeloom/validators';

import { formatDate, formatMoney } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, lines, muted, paragraph, title, totals } from './parts.ts';

type Data = EmailTemplateData<'order_confirmation'>;

function OrderConfirmationEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  const { locale } = branding;
  const totalRows = [
    { label: 'Subtotal', amount: data.subtotal },
    ...(data.discountTotal > 0 ? [{ label: 'Discount', amount: -data.discountTotal }] : []),
    { label: 'Shipping', amount: data.shippingTotal },
    { label: 'Tax', amount: data.taxTotal },
    { label: 'Total', amount: data.total },
  ];
  return emailLayout(
    { branding, preview: `Order #${data.orderNumber} is confirmed` },
    title('Thank you for your order'),
    greeting(data.customerName),
    paragraph(`We have received order #${data.orderNumber} and will let you know when it ships.`),
    muted(`Placed ${formatDate(data.placedAt, locale)}`),
    lines(
      data.lines.map((line) => ({
        label: line.name,
        detail: line.variantTitle,
        quantity: line.quantity,
        amount: formatMoney(line.total, data.currency, locale),
      })),
    ),
    totals(totalRows, data.currency, locale),
    ...(data.shippingAddress
      ? [muted('Shipping to'), ...data.shippingAddress.map((line) => muted(line))]
      : []),
    data.orderUrl ? actionButton(data.orderUrl, branding.primaryColor, 'View your order') : null,
  );
}

export const orderConfirmationTemplate = defineEmailTemplate({
  key: 'order_confirmation',
  name: 'Order confirmation',
  schema: orderConfirmationEmailSchema,
  subject: (data, branding) => `Order #${data.orderNumber} confirmed – ${branding.storeName}`,
  component: OrderConfirmationEmail,
  sampleData: {
    customerName: 'Sam',
    orderNumber: 1042,
    placedAt: new Date('2026-03-14T15:09:26Z'),
    currency: 'USD',
    lines: [
      { name: 'Linen shirt', variantTitle: 'M / Sand', quantity: 2, unitPrice: 4500, total: 9000 },
      { name: 'Canvas tote', quantity: 1, unitPrice: 1999, total: 1999 },
    ],
    subtotal: 10999,
    discountTotal: 1000,
    shippingTotal: 500,
    taxTotal: 800,
    total: 11299,
    shippingAddress: ['Sam Shopper', '1 Main St', 'Springfield, IL 62701', 'United States'],
    orderUrl: 'https://shop.example.com/account/orders/1042',
  },
});
