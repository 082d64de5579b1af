import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { newsletterConfirmationEmailSchema } from '@storeloom/validators';

import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'newsletter_confirmation'>;

function NewsletterConfirmationEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: 'Confirm your subscription' },
    title('Confirm your subscription'),
    paragraph(
      `Thanks for signing up for news from ${branding.storeName}. Confirm that this is your address and you are in.`,
    ),
    actionButton(data.confirmUrl, branding.primaryColor, 'Confirm subscription'),
    muted('If you did not sign up, ignore this email and you will not hear from us.'),
  );
}

export const newsletterConfirmationTemplate = defineEmailTemplate({
  key: 'newsletter_confirmation',
  name: 'Newsletter confirmation',
  schema: newsletterConfirmationEmailSchema,
  subject: (_data, branding) => `Confirm your subscription to ${branding.storeName}`,
  component: NewsletterConfirmationEmail,
  sampleData: { confirmUrl: 'https://shop.example.com/newsletter/confirm?token=sample' },
});
