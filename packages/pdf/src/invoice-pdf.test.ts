import { describe, expect, it } from 'vitest';

import type { InvoiceDocument } from '@storeloom/validators';

import { renderInvoice } from './render.ts';
import { extractPdfText } from './testing/pdf-text.ts';
import { sampleInvoice } from './testing/sample-documents.ts';

/** Collapses the layout's runs of spaces so a row reads as one line of words. */
const squash = (text: string) => text.replace(/[ \u00a0]+/g, ' ');

describe('renderInvoice', () => {
  it('prints the store, parties, lines and every total', async () => {
    const bytes = await renderInvoice(sampleInvoice);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await extractPdfText(bytes);
    const flat = squash(text);
    expect(pages).toHaveLength(1);
    expect(flat).toContain('Oak & Thread Workshop');
    expect(flat).toContain('Tax ID: US-99-1234567');
    expect(flat).toContain('Invoice');
    expect(flat).toContain('Order: #1042');
    expect(flat).toContain('Issued: March 4, 2026');
    expect(flat).toContain('BILL TO');
    expect(flat).toContain('48 Harbor Street');
    expect(flat).toMatch(/Linen Shirt LIN-BLU-M 2 \$45\.00 \$90\.00/);
    expect(flat).toContain('Discount -$9.00');
    expect(flat).toContain('Blue / M');
    expect(flat).toMatch(/Leather Belt BELT-01 1 \$32\.50 \$32\.50/);
    expect(flat).toContain('1.5 h');
    expect(flat).toMatch(/Subtotal \$182\.50/);
    expect(flat).toMatch(/Discount \(SPRING10\) -\$9\.00/);
    expect(flat).toMatch(/Shipping \(Standard\) \$7\.50/);
    expect(flat).toMatch(/Tax \$14\.48/);
    expect(flat).toMatch(/Total \$195\.48/);
    expect(flat).toMatch(/Paid -\$100\.00/);
    expect(flat).toMatch(/Balance due \$95\.48/);
    expect(flat).toContain('Card (Stripe)');
    expect(flat).toContain('Payment due within 14 days.');
    expect(flat).toContain('Page 1 of 1');
    expect(flat).not.toContain('CANCELLED');
  });

  it('words tax as included when prices include it, and shows refunds', async () => {
    const invoice: InvoiceDocument = {
      ...sampleInvoice,
      pricesIncludeTax: true,
      refundedTotal: 2_000,
      paymentMethod: null,
    };
    const flat = squash((await extractPdfText(await renderInvoice(invoice))).text);
    expect(flat).toMatch(/Tax included in prices \$14\.48/);
    expect(flat).not.toMatch(/\bTax \$14\.48/);
    expect(flat).toMatch(/Refunded \$20\.00/);
    expect(flat).toContain('None recorded yet');
  });

  it('asks for the deposit first on a deposit invoice', async () => {
    const invoice: InvoiceDocument = {
      ...sampleInvoice,
      paidTotal: 0,
      balanceDue: 19_548,
      deposit: { amount: 5_864, bps: 3000 },
    };
    const flat = squash((await extractPdfText(await renderInvoice(invoice))).text);
    expect(flat).toMatch(/Balance due \$195\.48/);
    expect(flat).toMatch(/Deposit due now \(30%\) \$58\.64/);
    const plain = squash((await extractPdfText(await renderInvoice(sampleInvoice))).text);
    expect(plain).not.toContain('Deposit');
  });

  it('writes yen without decimals', async () => {
    const invoice: InvoiceDocument = {
      ...sampleInvoice,
      currency: 'JPY',
      lines: [{ ...sampleInvoice.lines[1]!, unitPrice: 3_250, total: 3_250 }],
      subtotal: 3_250,
      discountTotal: 0,
      shippingTotal: 0,
      taxTotal: 0,
      total: 3_250,
      paidTotal: 3_250,
      balanceDue: 0,
    };
    const flat = squash((await extractPdfText(await renderInvoice(invoice))).text);
    expect(flat).toMatch(/Total ¥3,250/);
    expect(flat).toMatch(/Balance due ¥0/);
  });

  it('runs a 100-line invoice over several pages with the header and page numbers on each', async () => {
    const lines = Array.from({ length: 100 }, (_, index) => ({
      name: `Item number ${index + 1}`,
      variantTitle: null,
      sku: `SKU-${index + 1}`,
      quantity: 1,
      hours: null,
      unitPrice: 100,
      discountAmount: 0,
      total: 100,
    }));
    const invoice: InvoiceDocument = {
      ...sampleInvoice,
      lines,
      subtotal: 10_000,
      discountTotal: 0,
      discountCodes: [],
      total: 10_000,
      taxTotal: 0,
      shippingTotal: 0,
      paidTotal: 0,
      balanceDue: 10_000,
    };
    const { text, pages } = await extractPdfText(await renderInvoice(invoice));
    expect(pages.length).toBeGreaterThan(1);
    expect(squash(text)).toContain(`Page 2 of ${pages.length}`);
    // The table's header row is repeated on every page the lines run onto.
    for (const page of pages.filter((text) => text.includes('Item number'))) {
      expect(page).toMatch(/Item\s+SKU\s+Qty\s+Unit price\s+Total/);
    }
    expect(pages.filter((text) => text.includes('Item number')).length).toBeGreaterThan(1);
    // Every line is printed exactly once: none lost or cut between pages.
    for (const line of lines) {
      expect(text.match(new RegExp(`${line.name}\\s`, 'g'))).toHaveLength(1);
    }
    expect(squash(pages.at(-1) ?? '')).toMatch(/Total \$100\.00/);
  });

  it('marks a cancelled order across the page', async () => {
    const text = (await extractPdfText(await renderInvoice({ ...sampleInvoice, cancelled: true })))
      .text;
    expect(text).toContain('CANCELLED');
  });

  it('refuses a document that breaks its schema', async () => {
    await expect(renderInvoice({ ...sampleInvoice, total: 19.5 })).rejects.toThrow(
      /whole minor units/,
    );
  });
});
