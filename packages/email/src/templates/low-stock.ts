import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { lowStockEmailSchema } from '@storeloom/validators';

import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, lines, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'low_stock'>;

function LowStockEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: `${data.items.length} variant(s) are running low` },
    title('Stock is running low'),
    paragraph(`These variants at ${branding.storeName} are at or below their low-stock threshold:`),
    lines(
      data.items.map((item) => ({
        label: item.variantTitle
          ? `${item.productTitle} – ${item.variantTitle}`
          : item.productTitle,
        detail: [item.sku, item.locationName].filter(Boolean).join(' · '),
        amount: `${item.available} left (alert at ${item.threshold})`,
      })),
    ),
    data.inventoryUrl
      ? actionButton(data.inventoryUrl, branding.primaryColor, 'Open inventory')
      : null,
  );
}

export const lowStockTemplate = defineEmailTemplate({
  key: 'low_stock',
  name: 'Low stock alert',
  schema: lowStockEmailSchema,
  subject: (data) =>
    data.items.length === 1 && data.items[0]
      ? `Low stock: ${data.items[0].productTitle}`
      : `Low stock: ${data.items.length} variants`,
  component: LowStockEmail,
  sampleData: {
    items: [
      {
        productTitle: 'Linen shirt',
        variantTitle: 'M / Sand',
        sku: 'LIN-M-SAND',
        locationName: 'Main warehouse',
        available: 2,
        threshold: 5,
      },
      {
        productTitle: 'Canvas tote',
        sku: 'TOTE-1',
        locationName: 'Main warehouse',
        available: 0,
        threshold: 3,
      },
    ],
    inventoryUrl: 'https://admin.example.com/inventory',
  },
});
