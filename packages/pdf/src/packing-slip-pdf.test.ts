import { describe, expect, it } from 'vitest';

import { renderPackingSlip } from './render.ts';
import { extractPdfText } from './testing/pdf-text.ts';
import { samplePackingSlip } from './testing/sample-documents.ts';

const squash = (text: string) => text.replace(/[ \u00a0]+/g, ' ');

describe('renderPackingSlip', () => {
  it('lists what goes in the box with quantities and SKUs, the address and the shipment', async () => {
    const bytes = await renderPackingSlip(samplePackingSlip);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = squash((await extractPdfText(bytes)).text);
    expect(flat).toContain('Oak & Thread Workshop');
    expect(flat).toContain('Packing slip');
    expect(flat).toContain('Order: #1042');
    expect(flat).toContain('SHIP TO');
    expect(flat).toContain('Seattle, WA 98101');
    expect(flat).toMatch(/Linen Shirt LIN-BLU-M 2/);
    expect(flat).toMatch(/Leather Belt BELT-01 1/);
    expect(flat).toContain('UPS · Ground');
    expect(flat).toContain('Tracking: 1Z999AA10123456784');
    expect(flat).toContain('Shipped March 5, 2026');
    expect(flat).toContain('Packed by');
    expect(flat).toContain('Page 1 of 1');
  });

  it('prints no price or money at all', async () => {
    const { text } = await extractPdfText(await renderPackingSlip(samplePackingSlip));
    expect(text).not.toMatch(/\$|Price|Total|Subtotal/i);
  });

  it('without a shipment names the shipping method', async () => {
    const flat = squash(
      (await extractPdfText(await renderPackingSlip({ ...samplePackingSlip, shipment: null })))
        .text,
    );
    expect(flat).toContain('Standard');
    expect(flat).not.toContain('Tracking');
  });
});
