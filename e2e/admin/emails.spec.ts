import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createFailedOutboxEmail, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { signInAs } from '../fixtures/sign-in';
import { urls } from '../fixtures/urls';

// Every template key (docs/email.md); the template list must offer each one.
const templateKeys = [
  'order_confirmation',
  'payment_failed',
  'order_cancelled',
  'shipping_update',
  'order_delivered',
  'return_update',
  'refund_issued',
  'estimate_sent',
  'estimate_accepted',
  'abandoned_cart',
  'low_stock',
  'customer_password_reset',
  'customer_magic_link',
  'staff_invitation',
  'newsletter_confirmation',
  'newsletter_campaign',
];

test.describe('admin emails', () => {
  test('the outbox lists a failed email, which an owner sends again', async ({ page }) => {
    const subject = `Order #1042 has shipped (${randomUUID().slice(0, 8)})`;
    const to = 'shopper@example.com';
    const { emailId } = await withE2eDatabase((db) =>
      createFailedOutboxEmail(db, {
        storeSlug: 'demo-store',
        to,
        subject,
        error: 'Resend: the service is unavailable',
      }),
    );
    await signInAs(page, 'Demo Store Owner');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Emails' })
      .click();
    await page.waitForURL(`${urls.admin}/emails`);
    await expect(page.getByRole('heading', { level: 1, name: 'Emails' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: subject });
    await expect(row.getByText('Failed', { exact: true })).toBeVisible();
    await expect(row.getByText('Resend: the service is unavailable')).toBeVisible();

    await row.getByRole('button', { name: `Retry the email to ${to}` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `The email to ${to} was sent.` }),
    ).toBeVisible();
    await expect(row.getByText('Sent', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: /Retry/ })).toHaveCount(0);

    await row.getByRole('link', { name: subject }).click();
    await page.waitForURL(`${urls.admin}/emails/outbox/${emailId}`);
    await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
    await expect(
      page.frameLocator(`iframe[title="Email: ${subject}"]`).getByText(subject),
    ).toBeVisible();
  });

  test('every template is listed and previews with the store’s name', async ({ page }) => {
    await signInAs(page, 'Demo Store Viewer');
    await page.goto(`${urls.admin}/emails`);
    await page
      .getByRole('navigation', { name: 'Email sections' })
      .getByRole('link', { name: 'Templates' })
      .click();
    await page.waitForURL(`${urls.admin}/emails/templates`);

    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(templateKeys.length + 1);
    for (const key of templateKeys) {
      await expect(table.getByText(key, { exact: true })).toBeVisible();
    }

    await table.getByRole('link', { name: 'Order confirmation' }).click();
    await page.waitForURL(`${urls.admin}/emails/templates/order_confirmation`);
    await expect(page.getByRole('heading', { level: 1, name: 'Order confirmation' })).toBeVisible();
    const frame = page.locator('iframe[title^="Preview:"]');
    // Sandboxed with every permission off: the email's HTML cannot run script in the admin.
    await expect(frame).toHaveAttribute('sandbox', '');
    const preview = page.frameLocator('iframe[title^="Preview:"]');
    await expect(preview.getByText('Demo Store').first()).toBeVisible();
    await expect(preview.getByText('Linen shirt').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Plain text' })).toContainText('Demo Store');
  });
});
