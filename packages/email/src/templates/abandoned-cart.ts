import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { abandonedCartEmailSchema } from '@storeloom/validators';

import { formatMoney } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, lines, paragraph, title, totals } from './parts.ts';

type Data = EmailTemplateData<'abandoned_cart'>;

function AbandonedCartEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: 'Your cart is waiting for you' },
    title('You left something behind'),
    greeting(data.customerName),
    paragraph('The items in your cart are still waiting. Pick up where you left off:'),
    lines(
      data.lines.map((line) => ({
        label: line.name,
        detail: line.variantTitle,
        quantity: line.quantity,
        amount: formatMoney(line.unitPrice * line.quantity, data.currency, branding.locale),
      })),
    ),
    totals([{ label: 'Subtotal', amount: data.subtotal }], data.currency, branding.locale),
    actionButton(data.cartUrl, branding.primaryColor, 'Return to your cart'),
  );
}

export const abandonedCartTemplate = defineEmailTemplate({
  key: 'abandoned_cart',
  name: 'Abandoned cart',
  schema: abandonedCartEmailSchema,
  subject: (_data, branding) => `Your cart at ${branding.storeName} is waiting`,
  component: AbandonedCartEmail,
  sampleData: {
    customerName: 'Sam',
    currency: 'USD',
    lines: [
      { name: 'Linen shirt', variantTitle: 'M / Sand', quantity: 1, unitPrice: 4500 },
      { name: 'Canvas tote', quantity: 2, unitPrice: 1999 },
    ],
    subtotal: 8498,
    cartUrl: 'https://shop.example.com/cart',
  },
});
