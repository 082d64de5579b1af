import { Link } from '@react-email/components';
import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { newsletterCampaignEmailSchema } from '@storeloom/validators';
import { createElement as h } from 'react';

import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'newsletter_campaign'>;

/** The body is plain paragraphs, rendered as text: merchant input never becomes markup. */
function NewsletterCampaignEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  return emailLayout(
    { branding, preview: data.previewText ?? data.heading },
    title(data.heading),
    ...data.paragraphs.map((text) => paragraph(text)),
    data.callToAction
      ? actionButton(data.callToAction.url, branding.primaryColor, data.callToAction.label)
      : null,
    muted(
      `You receive this because you subscribed to ${branding.storeName}. `,
      h(Link, { href: data.unsubscribeUrl }, 'Unsubscribe'),
    ),
  );
}

export const newsletterCampaignTemplate = defineEmailTemplate({
  key: 'newsletter_campaign',
  name: 'Newsletter campaign',
  schema: newsletterCampaignEmailSchema,
  subject: (data) => data.subject,
  component: NewsletterCampaignEmail,
  sampleData: {
    subject: 'New linen for spring',
    heading: 'Spring linen is here',
    previewText: 'Light shirts in four new colours.',
    paragraphs: [
      'Our linen shirts are back in four new colours, cut from the same breathable fabric.',
      'Subscribers get free shipping on them until the end of the month.',
    ],
    callToAction: { label: 'Shop linen', url: 'https://shop.example.com/collections/linen' },
    unsubscribeUrl: 'https://shop.example.com/newsletter/unsubscribe?token=sample',
  },
});
