import { emailTemplateKeys, emailTemplateSchemas } from '@storeloom/validators';
import { describe, expect, it } from 'vitest';

import { EmailDataError } from '../errors.ts';
import { emailTemplates, renderEmail, renderEmailSample } from './registry.ts';
import { sampleBranding } from './sample-branding.ts';

/** The text each template must show with its sample data, beyond the store's name. */
const expectedText: Record<(typeof emailTemplateKeys)[number], string[]> = {
  order_confirmation: ['#1042', 'Linen shirt', '$112.99', '$10.00', 'Mar 14, 2026', 'UTC'],
  payment_failed: ['#1042', '$112.99', 'Your card was declined.'],
  order_cancelled: ['#1042', 'No payment arrived in time', 'You have not been charged'],
  shipping_update: [
    'UPS',
    '1Z999AA10123456784',
    'https://www.ups.com/track?tracknum=1Z999AA10123456784',
  ],
  order_delivered: ['#1042', 'Mar 18, 2026'],
  return_update: ['Return #7', 'approved', 'prepaid label'],
  refund_issued: ['$45.00', '#1042'],
  estimate_sent: [
    '#12',
    'Kitchen shelving',
    '$1,845.00',
    'April 30, 2026',
    '/estimates/view/abc123',
  ],
  estimate_accepted: ['#12', 'order #1043'],
  abandoned_cart: ['Linen shirt', '$84.98', 'https://shop.example.com/cart'],
  low_stock: ['LIN-M-SAND', '2 left (alert at 5)', 'Canvas tote'],
  customer_password_reset: ['/account/reset-password?token=sample', '60 minutes'],
  customer_magic_link: ['/account/magic-link?token=sample', '15 minutes'],
  staff_invitation: ['Jordan Lee', 'a staff member', '/invitations/accept?token=sample'],
  newsletter_confirmation: [
    '/newsletter/confirm?token=sample',
    '/newsletter/unsubscribe?token=sample-unsubscribe',
  ],
  newsletter_campaign: [
    'Spring linen is here',
    'four new colours',
    '/newsletter/unsubscribe?token=sample',
  ],
};

/** HTML without React's text-node separators and with `&` unescaped, to look for phrases. */
const visible = (html: string) => html.replaceAll('<!-- -->', '').replaceAll('&amp;', '&');

describe('email templates', () => {
  it('has one template per schema, each with sample data its schema accepts', () => {
    expect(Object.keys(emailTemplates).sort()).toEqual([...emailTemplateKeys].sort());
    for (const key of emailTemplateKeys) {
      expect(emailTemplates[key].schema).toBe(emailTemplateSchemas[key]);
      expect(emailTemplateSchemas[key].safeParse(emailTemplates[key].sampleData).success).toBe(
        true,
      );
    }
  });

  it.each(emailTemplateKeys)(
    'renders %s with its sample data in the store branding',
    async (key) => {
      const email = await renderEmailSample(key, sampleBranding);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.html).toContain('<!DOCTYPE html');
      expect(email.html).toContain('Alpha Goods');
      expect(email.html).toContain('#0f766e');
      expect(email.html).toContain('help@alpha.example.com');
      expect(email.text).toContain('Alpha Goods');
      for (const fragment of expectedText[key]) {
        expect(visible(email.html)).toContain(fragment);
      }
      expect(email.text).not.toContain('<');
    },
  );

  it('builds subjects from the data and the store', async () => {
    const confirmation = await renderEmailSample('order_confirmation', sampleBranding);
    expect(confirmation.subject).toBe('Order #1042 confirmed – Alpha Goods');
    const refund = await renderEmailSample('refund_issued', sampleBranding);
    expect(refund.subject).toBe('Refund of $45.00 for order #1042');
    const invitation = await renderEmailSample('staff_invitation', sampleBranding);
    expect(invitation.subject).toBe('You are invited to Alpha Goods');
  });

  it('formats money by the currency’s minor units', async () => {
    const email = await renderEmail(
      'refund_issued',
      { orderNumber: 3, amount: 500, currency: 'JPY', issuedAt: '2026-01-02T03:04:05Z' },
      sampleBranding,
    );
    expect(email.subject).toBe('Refund of ¥500 for order #3');
    expect(email.html).toContain('Jan 2, 2026, 3:04 AM UTC');
  });

  it('escapes merchant and shopper text instead of rendering it as HTML', async () => {
    const script = '<script>alert("x")</script>';
    const email = await renderEmail(
      'abandoned_cart',
      {
        customerName: '<img src=x onerror=alert(1)>',
        currency: 'USD',
        lines: [{ name: script, quantity: 1, unitPrice: 100 }],
        subtotal: 100,
        cartUrl: 'https://shop.example.com/cart',
      },
      { ...sampleBranding, storeName: '<b>Evil</b> & Co' },
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img src=x');
    expect(email.html).not.toContain('<b>Evil</b>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.html).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; Co');
  });

  it('uses a merchant subject override instead of the built one', async () => {
    const email = await renderEmailSample('order_delivered', sampleBranding, 'It arrived!');
    expect(email.subject).toBe('It arrived!');
  });
});

describe('template data validation', () => {
  async function dataErrorOf(promise: Promise<unknown>): Promise<EmailDataError> {
    const error: unknown = await promise.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    if (!(error instanceof EmailDataError)) throw new Error('Expected an EmailDataError');
    return error;
  }

  it('names the missing field', async () => {
    const error = await dataErrorOf(
      renderEmail('shipping_update', { orderNumber: 1, carrier: 'UPS' }, sampleBranding),
    );
    expect(error.templateKey).toBe('shipping_update');
    expect(error.field).toBe('trackingNumber');
    expect(error.message).toMatch(/^The shipping_update email cannot be rendered: trackingNumber/);
  });

  it('names a nested field', async () => {
    const { sampleData } = emailTemplates.order_confirmation;
    const error = await dataErrorOf(
      renderEmail(
        'order_confirmation',
        {
          ...Object(sampleData),
          lines: [{ name: 'Shirt', quantity: 1, unitPrice: 1.5, total: 2 }],
        },
        sampleBranding,
      ),
    );
    expect(error.field).toBe('lines.0.unitPrice');
  });

  it('refuses links that are not http(s)', async () => {
    const error = await dataErrorOf(
      renderEmail(
        'customer_magic_link',
        { signInUrl: 'javascript:alert(1)', expiresInMinutes: 15 },
        sampleBranding,
      ),
    );
    expect(error.field).toBe('signInUrl');
  });

  it('refuses bad branding', async () => {
    const error = await dataErrorOf(
      renderEmailSample('order_delivered', { ...sampleBranding, primaryColor: 'red' }),
    );
    expect(error.field).toBe('branding.primaryColor');
  });
});
