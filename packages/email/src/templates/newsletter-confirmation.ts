import { Link } from '@react-email/components';
import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { newsletterConfirmationEmailSchema } from '@storeloom/validators';
import { createElement as h } from 'react';

import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'newsletter_confirmation'>;

/** Double opt-in: nobody is subscribed until they press the button in this email. */
function NewsletterConfirmationEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: 'Confirm your subscription' },
    title('Confirm your subscription'),
    paragraph(
      `Thanks for signing up for news from ${branding.storeName}. Confirm that this is your address and you are in.`,
    ),
    actionButton(data.confirmUrl, branding.primaryColor, 'Confirm subscription'),
    muted('If you did not sign up, ignore this email and you will not hear from us.'),
    // Like every newsletter email, this one carries a way out, even before confirming.
    muted('Do not want these emails? ', h(Link, { href: data.unsubscribeUrl }, 'Unsubscribe')),
  );
}

export const newsletterConfirmationTemplate = defineEmailTemplate({
  key: 'newsletter_confirmation',
  name: 'Newsletter confirmation',
  schema: newsletterConfirmationEmailSchema,
  subject: (_data, branding) => `Confirm your subscription to ${branding.storeName}`,
  component: NewsletterConfirmationEmail,
  sampleData: {
    confirmUrl: 'https://shop.example.com/newsletter/confirm?token=sample',
    unsubscribeUrl: 'https://shop.example.com/newsletter/unsubscribe?token=sample-unsubscribe',
  },
});
