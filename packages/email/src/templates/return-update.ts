import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { returnUpdateEmailSchema } from '@storeloom/validators';

import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { greeting, lines, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'return_update'>;
type Status = Data['status'];

const headlines: Record<Status, string> = {
  requested: 'We received your return request',
  approved: 'Your return is approved',
  rejected: 'Your return request was declined',
  received: 'We received your returned items',
};

const explanations: Record<Status, string> = {
  requested: 'We will review it and write to you as soon as it is approved.',
  approved: 'Please send the items back. We will confirm when they arrive.',
  rejected: 'Reply to this email if you have questions about this decision.',
  received: 'Your refund is on its way; we will write again when it is issued.',
};

const subjects: Record<Status, string> = {
  requested: 'received',
  approved: 'approved',
  rejected: 'declined',
  received: 'items received',
};

function ReturnUpdateEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: headlines[data.status] },
    title(headlines[data.status]),
    greeting(data.customerName),
    paragraph(
      `Return #${data.returnNumber} for order #${data.orderNumber}: ${explanations[data.status]}`,
    ),
    lines(data.items.map((item) => ({ label: item.name, quantity: item.quantity }))),
    data.note ? muted(`Note from the store: ${data.note}`) : null,
  );
}

export const returnUpdateTemplate = defineEmailTemplate({
  key: 'return_update',
  name: 'Return update',
  schema: returnUpdateEmailSchema,
  subject: (data) => `Return #${data.returnNumber} ${subjects[data.status]}`,
  component: ReturnUpdateEmail,
  sampleData: {
    customerName: 'Sam',
    orderNumber: 1042,
    returnNumber: 7,
    status: 'approved',
    items: [{ name: 'Linen shirt', quantity: 1 }],
    note: 'Use the prepaid label in the box.',
  },
});
