import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { customerMagicLinkEmailSchema } from '@storeloom/validators';

import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'customer_magic_link'>;

function CustomerMagicLinkEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: `Your sign-in link for ${branding.storeName}` },
    title(`Sign in to ${branding.storeName}`),
    greeting(data.customerName),
    paragraph('Use the button below to sign in. No password needed.'),
    actionButton(data.signInUrl, branding.primaryColor, 'Sign in'),
    muted(
      `The link works once and expires in ${data.expiresInMinutes} minutes. If you did not ask for it, you can ignore this email.`,
    ),
  );
}

export const customerMagicLinkTemplate = defineEmailTemplate({
  key: 'customer_magic_link',
  name: 'Customer sign-in link',
  schema: customerMagicLinkEmailSchema,
  subject: (_data, branding) => `Your sign-in link for ${branding.storeName}`,
  component: CustomerMagicLinkEmail,
  sampleData: {
    customerName: 'Sam',
    signInUrl: 'https://shop.example.com/account/magic-link?token=sample',
    expiresInMinutes: 15,
  },
});
