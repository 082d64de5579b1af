import type { EmailBrandingInput, EmailTemplateKey } from '@storeloom/validators';

import type { EmailTemplate, RenderedEmail } from './define-template.ts';
import { abandonedCartTemplate } from './abandoned-cart.ts';
import { customerMagicLinkTemplate } from './customer-magic-link.ts';
import { customerPasswordResetTemplate } from './customer-password-reset.ts';
import { estimateAcceptedTemplate } from './estimate-accepted.ts';
import { estimateSentTemplate } from './estimate-sent.ts';
import { lowStockTemplate } from './low-stock.ts';
import { newsletterCampaignTemplate } from './newsletter-campaign.ts';
import { newsletterConfirmationTemplate } from './newsletter-confirmation.ts';
import { orderCancelledTemplate } from './order-cancelled.ts';
import { orderConfirmationTemplate } from './order-confirmation.ts';
import { orderDeliveredTemplate } from './order-delivered.ts';
import { paymentFailedTemplate } from './payment-failed.ts';
import { refundIssuedTemplate } from './refund-issued.ts';
import { returnUpdateTemplate } from './return-update.ts';
import { shippingUpdateTemplate } from './shipping-update.ts';
import { staffInvitationTemplate } from './staff-invitation.ts';

/** Template key -> template. Keys are the ones `emailTemplateSchemas` in validators defines. */
export const emailTemplates: { [K in EmailTemplateKey]: EmailTemplate<K> } = {
  order_confirmation: orderConfirmationTemplate,
  payment_failed: paymentFailedTemplate,
  order_cancelled: orderCancelledTemplate,
  shipping_update: shippingUpdateTemplate,
  order_delivered: orderDeliveredTemplate,
  return_update: returnUpdateTemplate,
  refund_issued: refundIssuedTemplate,
  estimate_sent: estimateSentTemplate,
  estimate_accepted: estimateAcceptedTemplate,
  abandoned_cart: abandonedCartTemplate,
  low_stock: lowStockTemplate,
  customer_password_reset: customerPasswordResetTemplate,
  customer_magic_link: customerMagicLinkTemplate,
  staff_invitation: staffInvitationTemplate,
  newsletter_confirmation: newsletterConfirmationTemplate,
  newsletter_campaign: newsletterCampaignTemplate,
};

/** Validates `data` against the template's schema (EmailDataError names the field) and renders. */
export function renderEmail(
  templateKey: EmailTemplateKey,
  data: unknown,
  branding: EmailBrandingInput,
  subjectOverride?: string,
): Promise<RenderedEmail> {
  return emailTemplates[templateKey].render(data, branding, subjectOverride);
}

/** The template with its sample data, for previews. */
export function renderEmailSample(
  templateKey: EmailTemplateKey,
  branding: EmailBrandingInput,
  subjectOverride?: string,
): Promise<RenderedEmail> {
  const template = emailTemplates[templateKey];
  return template.render(template.sampleData, branding, subjectOverride);
}
