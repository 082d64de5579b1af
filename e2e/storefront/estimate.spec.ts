import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import {
  createSentEstimate,
  estimateAnswersOf,
  type SentEstimate,
  type SentEstimateLine,
  storeIdOf,
  withE2eDatabase,
} from '@storeloom/devkit/e2e-data';

import { expectNoSeriousAxeViolations } from '../fixtures/axe';
import { callStorefront } from '../fixtures/storefront-api';
import { storefrontUrl } from '../fixtures/urls';

const store = 'demo-store';
const home = storefrontUrl(store);
// Navigations wait up to 30 s: `next dev` compiles a route the first time it is visited. Waits
// are upper bounds, never pauses.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

// Amounts no sell price or total shares, so a cost that leaked onto the page would be found.
const lines: SentEstimateLine[] = [
  {
    kind: 'material',
    name: 'Oak floorboards',
    description: 'Solid oak, 20 mm, brushed and oiled',
    quantity: 12,
    unitPrice: 4_550,
    unitCost: 2_917,
  },
  { kind: 'labour', name: 'Fitting and sanding', quantity: 6.5, unitPrice: 7_500, unitCost: 3_183 },
];
const costFigures = [2_917, 3_183, 12 * 2_917, Math.round(6.5 * 3_183)];

async function storeMoney() {
  const tenant = await withE2eDatabase(async (db) =>
    db.tenant.findUniqueOrThrow({
      where: { id: await storeIdOf(db, store) },
      select: { currency: true, locale: true },
    }),
  );
  const formatter = new Intl.NumberFormat(tenant.locale, {
    style: 'currency',
    currency: tenant.currency,
  });
  return (minor: number) => formatter.format(minor / 100);
}

function newEstimate(
  title: string,
  extra: { validUntil?: Date; depositBps?: number } = {},
): Promise<SentEstimate> {
  return withE2eDatabase((db) =>
    createSentEstimate(db, {
      storeSlug: store,
      title,
      lines,
      taxTotal: 20_670,
      notes: 'Work starts the Monday after acceptance.',
      terms: 'Payment within 14 days of the invoice.',
      ...extra,
    }),
  );
}

function answers(estimate: SentEstimate) {
  return withE2eDatabase((db) => estimateAnswersOf(db, estimate.estimateId));
}

async function openEstimate(page: Page, token: string, host = home) {
  const response = await page.goto(`${host}/estimates/${token}`);
  return response?.status();
}

test.describe('the customer’s estimate page', () => {
  test('shows the lines and totals but no cost, and downloads the PDF', async ({ page }) => {
    const money = await storeMoney();
    const estimate = await newEstimate('New oak floor for the living room', { depositBps: 3_000 });

    expect(await openEstimate(page, estimate.token)).toBe(200);
    const main = page.getByRole('main');
    await expect(
      main.getByRole('heading', { level: 1, name: 'New oak floor for the living room' }),
    ).toBeVisible();
    await expect(main.getByText(`Estimate #${String(estimate.number)}`)).toBeVisible();
    await expect(main.getByText('Oak floorboards')).toBeVisible();
    await expect(main.getByText(`12 × ${money(4_550)}`)).toBeVisible();
    await expect(main.getByText(`6.5 h × ${money(7_500)} per hour`)).toBeVisible();
    const summary = main.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText(`Subtotal${money(estimate.subtotal)}`);
    await expect(summary).toContainText(`Tax${money(20_670)}`);
    await expect(summary).toContainText(`Total${money(estimate.total)}`);
    await expect(summary).toContainText(`Deposit on acceptance (30%)${money(37_206)}`);
    await expect(main.getByText('Payment within 14 days of the invoice.')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

    const text = await main.innerText();
    for (const cost of costFigures) expect(text).not.toContain(money(cost));
    expect(text).not.toMatch(/cost|margin|profit|markup/i);

    await expectNoSeriousAxeViolations(page, 'estimate');

    const downloading = page.waitForEvent('download');
    await main.getByRole('link', { name: 'Download PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`estimate-${String(estimate.number)}.pdf`);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  test('a double click accepts once, and the answer stays after a reload', async ({ page }) => {
    const estimate = await newEstimate('Garden shed');
    await openEstimate(page, estimate.token);
    const main = page.getByRole('main');
    const accept = main.getByRole('button', { name: 'Accept estimate' });
    await expect(accept).toBeEnabled();
    await accept.dblclick();

    await expect(main.getByText(/You accepted this estimate on/)).toBeVisible();
    await expect(main.getByRole('button')).toHaveCount(0);
    const recorded = await answers(estimate);
    // The estimate-to-order workflow may already have converted it.
    expect(['accepted', 'converted']).toContain(recorded.status);
    expect(recorded.acceptedAt).not.toBeNull();
    expect(recorded.accepts).toBe(1);

    await page.reload();
    await expect(main.getByText(/You accepted this estimate on/)).toBeVisible();
    await expect(main.getByRole('button', { name: 'Accept estimate' })).toHaveCount(0);
    expect((await answers(estimate)).accepts).toBe(1);
  });

  test('the customer can decline an estimate', async ({ page }) => {
    const estimate = await newEstimate('Kitchen tiling');
    await openEstimate(page, estimate.token);
    const main = page.getByRole('main');
    const decline = main.getByRole('button', { name: 'Decline' });
    await expect(decline).toBeEnabled();
    await decline.click();

    await expect(main.getByText(/You declined this estimate on/)).toBeVisible();
    await expect(main.getByRole('button')).toHaveCount(0);
    const recorded = await answers(estimate);
    expect(recorded).toMatchObject({ status: 'declined', declines: 1, accepts: 0 });
    expect(recorded.declinedAt).not.toBeNull();
  });

  test('an expired estimate says so and cannot be answered', async ({ page, playwright }) => {
    const estimate = await newEstimate('Roof repair', {
      validUntil: new Date(Date.now() - 24 * 60 * 60 * 1000),
    });
    expect(await openEstimate(page, estimate.token)).toBe(200);
    const main = page.getByRole('main');
    await expect(main.getByText(/This estimate expired on/)).toBeVisible();
    await expect(main.getByRole('button')).toHaveCount(0);

    const accepted = await callStorefront(playwright.request, {
      storeSlug: store,
      procedure: 'storefront.estimates.accept',
      input: { token: estimate.token },
      kind: 'mutation',
    });
    expect(accepted.errorCode).toBe('PRECONDITION_FAILED');
    expect((await answers(estimate)).status).toBe('sent');
  });

  test('an unknown or malformed link is a 404 inside the store', async ({ page }) => {
    for (const token of ['no-such-estimate-token', 'x'.repeat(129), 'bad%20token']) {
      expect(await openEstimate(page, token)).toBe(404);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Estimate not found' }),
      ).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
    }
  });

  test('another store’s host does not open this store’s estimate', async ({ page, playwright }) => {
    const estimate = await newEstimate('Porch lights');
    const otherHost = storefrontUrl('tech-gadgets');

    expect(await openEstimate(page, estimate.token, otherHost)).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Estimate not found' })).toBeVisible();
    await expect(page.getByText('Porch lights')).toHaveCount(0);
    // Fetched by the page itself, on the other store's host.
    const pdfStatus = await page.evaluate(
      (path) => fetch(path).then((response) => response.status),
      `/estimates/${estimate.token}/pdf`,
    );
    expect(pdfStatus).toBe(404);

    for (const procedure of ['storefront.estimates.view', 'storefront.estimates.accept']) {
      const answer = await callStorefront(playwright.request, {
        storeSlug: 'tech-gadgets',
        procedure,
        input: { token: estimate.token },
        kind: procedure.endsWith('accept') ? 'mutation' : 'query',
      });
      expect(answer.errorCode).toBe('NOT_FOUND');
    }
    expect((await answers(estimate)).status).toBe('sent');
  });
});
