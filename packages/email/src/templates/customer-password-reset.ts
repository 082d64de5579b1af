import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { customerPasswordResetEmailSchema } from '@storeloom/validators';

import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, greeting, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'customer_password_reset'>;

function CustomerPasswordResetEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: 'Reset your password' },
    title('Reset your password'),
    greeting(data.customerName),
    paragraph(
      `Someone asked to reset the password of your ${branding.storeName} account. Choose a new one with the button below.`,
    ),
    actionButton(data.resetUrl, branding.primaryColor, 'Choose a new password'),
    muted(
      `The link works once and expires in ${data.expiresInMinutes} minutes. If you did not ask for it, ignore this email: your password stays the same.`,
    ),
  );
}

export const customerPasswordResetTemplate = defineEmailTemplate({
  key: 'customer_password_reset',
  name: 'Customer password reset',
  schema: customerPasswordResetEmailSchema,
  subject: (_data, branding) => `Reset your ${branding.storeName} password`,
  component: CustomerPasswordResetEmail,
  sampleData: {
    customerName: 'Sam',
    resetUrl: 'https://shop.example.com/account/reset-password?token=sample',
    expiresInMinutes: 60,
  },
});
