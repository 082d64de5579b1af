import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { extractPdfText } from '@storeloom/pdf/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { DOCUMENT_SETTINGS_KEY } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { createEstimate } from '../estimates/create-estimate.ts';
import { sendEstimate } from '../estimates/send-estimate.ts';
import { createLocalMediaStore } from '../media/local-media-store.ts';
import { loadDocumentBranding } from './load-document-branding.ts';
import { loadInvoiceDocument } from './load-invoice-document.ts';
import { renderEstimatePdf } from './render-estimate-pdf.ts';
import { renderInvoicePdf } from './render-invoice-pdf.ts';
import { renderPackingSlipPdf } from './render-packing-slip-pdf.ts';
import { renderPublicEstimatePdf } from './render-public-estimate-pdf.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const dbA = () => setup.database.forTenant(storeA().tenantId);
const dbB = () => setup.database.forTenant(storeB().tenantId);
const actor = (): Actor => ({ type: 'user', id: storeA().members.owner.userId });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

// A 1x1 PNG.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** The layout's runs of spaces collapsed, so a row reads as one line of words. */
async function pdfText(bytes: Buffer): Promise<string> {
  return (await extractPdfText(bytes)).text.replace(/[ \u00a0]+/g, ' ');
}

describe('document branding', () => {
  it('takes name, colour, contact, address and tax id from the store, and its primary domain as website', async () => {
    await dbA().tenantSetting.create({
      data: {
        tenantId: storeA().tenantId,
        key: DOCUMENT_SETTINGS_KEY,
        value: { addressLines: ['5 Market Square', 'Springfield, IL 62701'], taxNumber: 'TAX-777' },
      },
    });
    await dbA().tenant.update({
      where: { id: storeA().tenantId },
      data: {
        contactEmail: 'shop@alpha.test',
        theme: { accentColor: '#aa3300', logoUrl: `data:image/png;base64,${PNG_BASE64}` },
      },
    });
    const branding = await loadDocumentBranding({ db: dbA(), tenantId: storeA().tenantId });
    expect(branding).toMatchObject({
      storeName: 'Alpha Goods',
      primaryColor: '#aa3300',
      addressLines: ['5 Market Square', 'Springfield, IL 62701'],
      email: 'shop@alpha.test',
      website: 'alpha.localhost',
      taxNumber: 'TAX-777',
      logo: `data:image/png;base64,${PNG_BASE64}`,
      locale: 'en-US',
      timeZone: 'UTC',
    });
  });

  it('skips a remote logo, and inlines a logo from the store media', async () => {
    await dbB().tenant.update({
      where: { id: storeB().tenantId },
      data: { theme: { logoUrl: 'https://cdn.example.com/logo.png' } },
    });
    const remote = await loadDocumentBranding({ db: dbB(), tenantId: storeB().tenantId });
    expect(remote.logo).toBeNull();

    const rootDir = await mkdtemp(join(tmpdir(), 'storeloom-media-'));
    try {
      await mkdir(join(rootDir, storeB().slug));
      await writeFile(join(rootDir, storeB().slug, 'logo.png'), Buffer.from(PNG_BASE64, 'base64'));
      await dbB().mediaAsset.create({
        data: {
          tenantId: storeB().tenantId,
          storageKey: `${storeB().slug}/logo.png`,
          url: `/media/${storeB().slug}/logo.png`,
          mimeType: 'image/png',
          byteSize: 70,
        },
      });
      await dbB().tenant.update({
        where: { id: storeB().tenantId },
        data: { theme: { logoUrl: `http://${storeB().host}/media/${storeB().slug}/logo.png` } },
      });
      const local = await loadDocumentBranding({
        db: dbB(),
        tenantId: storeB().tenantId,
        mediaStore: createLocalMediaStore({ rootDir }),
      });
      expect(local.logo).toBe(`data:image/png;base64,${PNG_BASE64}`);
    } finally {
      await rm(rootDir, { recursive: true, force: true });
    }
  });
});

describe('invoice', () => {
  it("renders the fixture order's number, lines, total and payment", async () => {
    const pdf = await renderInvoicePdf({
      db: dbA(),
      tenantId: storeA().tenantId,
      orderId: storeA().ids.orderId,
    });
    expect(pdf.filename).toBe('invoice-1.pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Alpha Goods');
    expect(text).toContain('Order: #1');
    expect(text).toMatch(/Alpha Goods Product ALPHA-SKU 1 \$19\.99 \$19\.99/);
    expect(text).toMatch(/Total \$19\.99/);
    expect(text).toMatch(/Paid -\$19\.99/);
    expect(text).toMatch(/Balance due \$0\.00/);
    expect(text).toContain('Manual payment');
    // No address on the fixture order: made out to its email.
    expect(text).toContain(storeA().shopper.email);
  });

  it('prints the addresses, discount, shipping and tax of an order that has them', async () => {
    const address = {
      firstName: 'Sam',
      lastName: 'Shopper',
      line1: '1 Main St',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      country: 'US',
    };
    await dbA().order.update({
      where: { id: storeA().ids.orderId },
      data: {
        shippingAddress: address,
        billingAddress: { ...address, company: 'Shopper & Co' },
        discountTotal: 200,
        discountCodes: ['ALPHA10'],
        shippingTotal: 500,
        shippingMethodName: 'Standard',
        taxTotal: 166,
        customerNote: 'Ring twice',
      },
    });
    const invoice = await loadInvoiceDocument({
      db: dbA(),
      tenantId: storeA().tenantId,
      orderId: storeA().ids.orderId,
    });
    expect(invoice.billTo?.lines).toEqual([
      'Shopper & Co',
      '1 Main St',
      'Springfield, IL 62701',
      'United States',
    ]);
    const text = await pdfText(
      (
        await renderInvoicePdf({
          db: dbA(),
          tenantId: storeA().tenantId,
          orderId: storeA().ids.orderId,
        })
      ).bytes,
    );
    expect(text).toContain('Sam Shopper');
    expect(text).toMatch(/Discount \(ALPHA10\) -\$2\.00/);
    expect(text).toMatch(/Shipping \(Standard\) \$5\.00/);
    expect(text).toMatch(/Tax \$1\.66/);
    expect(text).toContain('Ring twice');
  });

  it("is not found for another store's order", async () => {
    await expect(
      renderInvoicePdf({ db: dbB(), tenantId: storeB().tenantId, orderId: storeA().ids.orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Order not found' });
  });

  it("gives a shopper their own order's invoice and nobody else's", async () => {
    const owner = { id: storeA().shopper.customerId, ordersVisibleSince: null };
    const own = await loadInvoiceDocument({
      db: dbA(),
      tenantId: storeA().tenantId,
      orderId: storeA().ids.orderId,
      customer: owner,
    });
    expect(own.orderNumber).toBe(1);

    const stranger = await dbA().customer.create({
      data: { tenantId: storeA().tenantId, email: 'stranger@alpha.test' },
    });
    await expect(
      loadInvoiceDocument({
        db: dbA(),
        tenantId: storeA().tenantId,
        orderId: storeA().ids.orderId,
        customer: { id: stranger.id, ordersVisibleSince: null },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // An unverified account does not see orders placed before it registered.
    await expect(
      loadInvoiceDocument({
        db: dbA(),
        tenantId: storeA().tenantId,
        orderId: storeA().ids.orderId,
        customer: { ...owner, ordersVisibleSince: inDays(1) },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('packing slip', () => {
  it('lists the shipment with tracking and no prices', async () => {
    const pdf = await renderPackingSlipPdf({
      db: dbA(),
      tenantId: storeA().tenantId,
      orderId: storeA().ids.orderId,
      shipmentId: storeA().ids.shipmentId,
    });
    expect(pdf.filename).toBe('packing-slip-1.pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Packing slip');
    expect(text).toMatch(/Alpha Goods Product ALPHA-SKU 1/);
    expect(text).toContain('Tracking: alpha-TRACK');
    expect(text).not.toContain('$');
  });

  it("is not found for a shipment of another store or another order's", async () => {
    const ctx = { db: dbA(), tenantId: storeA().tenantId, orderId: storeA().ids.orderId };
    await expect(
      renderPackingSlipPdf({ ...ctx, shipmentId: storeB().ids.shipmentId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Shipment not found' });
    await expect(
      renderPackingSlipPdf({
        db: dbB(),
        tenantId: storeB().tenantId,
        orderId: storeA().ids.orderId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Order not found' });
  });
});

describe('estimate', () => {
  async function kitchenEstimate() {
    return createEstimate({
      db: dbA(),
      tenantId: storeA().tenantId,
      actor: actor(),
      customerName: 'Jamie Rivera',
      customerEmail: 'jamie@example.com',
      title: 'Kitchen shelves',
      validUntil: new Date('2099-06-30T12:00:00Z'),
      terms: 'Payment within 14 days',
      depositBps: 3000,
      items: [
        { kind: 'material', name: 'Oak board', quantity: 2.5, unitCost: 4000, unitPrice: 6000 },
        { kind: 'labour', name: 'Fitting', quantity: 3, unitCost: 2000, unitPrice: 5000 },
      ],
    });
  }

  it('prints materials, labour hours x rate, totals, deposit and validity, never costs', async () => {
    const estimate = await kitchenEstimate();
    const pdf = await renderEstimatePdf({
      db: dbA(),
      tenantId: storeA().tenantId,
      estimateId: estimate.id,
    });
    expect(pdf.filename).toBe(`estimate-${estimate.number}.pdf`);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Alpha Goods');
    expect(text).toContain('Kitchen shelves');
    expect(text).toContain('Valid until: June 30, 2099');
    expect(text).toMatch(/Oak board 2\.5 \$60\.00 \$150\.00/);
    expect(text).toMatch(/Materials subtotal \$150\.00/);
    expect(text).toMatch(/Fitting 3 \$50\.00 \$150\.00/);
    expect(text).toContain('3 h × $50.00');
    expect(text).toMatch(/Labour subtotal \$150\.00/);
    expect(text).toMatch(/Total \$300\.00/);
    expect(text).toMatch(/Deposit on acceptance \(30%\) \$90\.00/);
    // Costs ($40.00 and $20.00 an hour) and the margin stay with the merchant.
    expect(text).not.toMatch(/\$40\.00|\$20\.00|margin|profit/i);
  });

  it("prints the linked customer's default address under their name", async () => {
    const estimate = await createEstimate({
      db: dbA(),
      tenantId: storeA().tenantId,
      actor: actor(),
      customerId: storeA().shopper.customerId,
      title: 'Porch repair',
      items: [{ kind: 'labour', name: 'Carpentry', quantity: 1, unitCost: 0, unitPrice: 9000 }],
    });
    const text = await pdfText(
      (await renderEstimatePdf({ db: dbA(), tenantId: storeA().tenantId, estimateId: estimate.id }))
        .bytes,
    );
    expect(text).toContain('1 Main St');
    expect(text).toContain('Springfield, IL 62701');
    expect(text).toContain('Valid until: No limit');
  });

  it('is stamped expired once past its validity date', async () => {
    const estimate = await kitchenEstimate();
    const text = await pdfText(
      (
        await renderEstimatePdf({
          db: dbA(),
          tenantId: storeA().tenantId,
          estimateId: estimate.id,
          now: new Date('2099-07-01T00:00:00Z'),
        })
      ).bytes,
    );
    expect(text).toContain('EXPIRED');
  });

  it("opens through the customer's link only, and not in another store", async () => {
    const estimate = await kitchenEstimate();
    const { token } = await sendEstimate({
      db: dbA(),
      tenantId: storeA().tenantId,
      actor: actor(),
      estimateId: estimate.id,
    });
    const pdf = await renderPublicEstimatePdf({ db: dbA(), tenantId: storeA().tenantId, token });
    expect(await pdfText(pdf.bytes)).toContain('Kitchen shelves');

    await expect(
      renderPublicEstimatePdf({ db: dbA(), tenantId: storeA().tenantId, token: `${token}x` }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      renderPublicEstimatePdf({ db: dbB(), tenantId: storeB().tenantId, token }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      renderEstimatePdf({ db: dbB(), tenantId: storeB().tenantId, estimateId: estimate.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Estimate not found' });
  });
});
