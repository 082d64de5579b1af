import { expect, test } from '@playwright/test';
import { e2ePorts, healthCheckUrl, storefrontUrl, urls, type E2eApp } from '../fixtures/urls';

// Guards the e2e harness itself: if these fail, every app spec would fail for the same reason.
test.describe('e2e server', () => {
  for (const app of Object.keys(e2ePorts) as E2eApp[]) {
    test(`${app} answers its health check`, async ({ request }) => {
      const response = await request.get(healthCheckUrl(app));
      expect(response.status()).toBe(200);
    });
  }

  test('the browser reaches store subdomains of localhost', async ({ page }) => {
    const response = await page.goto(`${storefrontUrl('tech-gadgets')}/api/trpc/health.check`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).hostname).toBe('tech-gadgets.localhost');
    expect(await page.textContent('body')).toContain('"ok":true');
  });

  test('admin serves pages to the browser', async ({ page }) => {
    const response = await page.goto(urls.admin);
    expect(response?.status()).toBeLessThan(500);
  });
});
