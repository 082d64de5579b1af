import { describe, expect, it } from 'vitest';

import type { EstimateDocument } from '@storeloom/validators';

import { renderEstimate } from './render.ts';
import { extractPdfText } from './testing/pdf-text.ts';
import { sampleEstimate } from './testing/sample-documents.ts';

const squash = (text: string) => text.replace(/[ \u00a0]+/g, ' ');

async function estimateText(estimate: EstimateDocument): Promise<string> {
  return squash((await extractPdfText(await renderEstimate(estimate))).text);
}

describe('renderEstimate', () => {
  it('prints materials and labour in their own sections with hours x rate and subtotals', async () => {
    const bytes = await renderEstimate(sampleEstimate);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = squash((await extractPdfText(bytes)).text);
    expect(flat).toContain('Oak & Thread Workshop');
    expect(flat).toContain('Estimate: #57');
    expect(flat).toContain('Issued: March 1, 2026');
    expect(flat).toContain('Valid until: March 31, 2026');
    expect(flat).toContain('Jamie Rivera');
    expect(flat).toContain('Kitchen shelving');
    expect(flat.indexOf('Materials')).toBeLessThan(flat.indexOf('Labour'));
    expect(flat).toMatch(/Oak board 2\.5 \$32\.00 \$80\.00/);
    expect(flat).toMatch(/Brackets 6 \$4\.50 \$27\.00/);
    expect(flat).toMatch(/Materials subtotal \$107\.00/);
    expect(flat).toMatch(/Fitting 2\.5 \$40\.00 \$100\.00/);
    expect(flat).toContain('2.5 h × $40.00');
    expect(flat).toMatch(/Finishing 1\.25 \$36\.00 \$45\.00/);
    expect(flat).toContain('1.25 h × $36.00');
    expect(flat).toMatch(/Labour subtotal \$145\.00/);
    expect(flat).toMatch(/Travel 1 \$15\.00 \$15\.00/);
    expect(flat).toMatch(/Subtotal \$267\.00/);
    expect(flat).toMatch(/Total \$267\.00/);
    expect(flat).toMatch(/Deposit on acceptance \(30%\) \$80\.10/);
    expect(flat).toContain('Deposit due on acceptance; balance on completion.');
    expect(flat).not.toMatch(/EXPIRED|DECLINED/);
  });

  it('shows a discount and tax when the estimate has them', async () => {
    const flat = await estimateText({
      ...sampleEstimate,
      discountTotal: 1_000,
      taxTotal: 2_055,
      total: 27_755,
    });
    expect(flat).toMatch(/Discount -\$10\.00/);
    expect(flat).toMatch(/Tax \$20\.55/);
    expect(flat).toMatch(/Total \$277\.55/);
  });

  it('stamps an expired or declined estimate', async () => {
    expect(await estimateText({ ...sampleEstimate, status: 'expired' })).toContain('EXPIRED');
    expect(await estimateText({ ...sampleEstimate, status: 'declined' })).toContain('DECLINED');
  });

  it('leaves out empty sections and says when there is no validity limit', async () => {
    const flat = await estimateText({
      ...sampleEstimate,
      materials: [],
      other: [],
      materialsSubtotal: 0,
      otherSubtotal: 0,
      subtotal: 14_500,
      total: 14_500,
      deposit: null,
      validUntil: null,
    });
    expect(flat).not.toContain('Materials');
    expect(flat).toContain('Labour subtotal');
    expect(flat).toContain('Valid until: No limit');
    expect(flat).not.toContain('Deposit on acceptance');
  });
});
