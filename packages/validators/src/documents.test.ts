import { describe, expect, it } from 'vitest';

import { documentLogoSchema, documentSettingsSchema, packingSlipInputSchema } from './documents.ts';

describe('documentLogoSchema', () => {
  it('takes PNG or JPEG data URIs and local PNG or JPEG paths', () => {
    for (const logo of [
      'data:image/png;base64,iVBORw0KGgo=',
      'data:image/jpeg;base64,/9j/4AAQ',
      '/srv/storeloom/media/alpha/logo.png',
      '/tmp/logo.JPG',
    ]) {
      expect(documentLogoSchema.safeParse(logo).success, logo).toBe(true);
    }
  });

  it('refuses remote URLs, other formats and paths that climb out', () => {
    for (const logo of [
      'https://cdn.example.com/logo.png',
      'http://localhost/media/logo.png',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'logo.png',
      '/srv/media/../../etc/passwd.png',
      '/srv/media/logo.gif',
    ]) {
      const result = documentLogoSchema.safeParse(logo);
      expect(result.success, logo).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        'Use a PNG or JPEG data URI or a local file path',
      );
    }
  });
});

describe('documentSettingsSchema', () => {
  it('fills every field with a default when nothing is saved', () => {
    expect(documentSettingsSchema.parse({})).toEqual({
      addressLines: [],
      website: null,
      taxNumber: null,
      invoiceNotes: null,
    });
  });

  it('bounds the lines and their length', () => {
    expect(documentSettingsSchema.safeParse({ addressLines: Array(7).fill('x') }).success).toBe(
      false,
    );
    expect(documentSettingsSchema.safeParse({ taxNumber: 'x'.repeat(65) }).success).toBe(false);
  });
});

describe('packingSlipInputSchema', () => {
  it('needs an order id; the shipment is optional', () => {
    expect(packingSlipInputSchema.safeParse({ orderId: 'ord_1' }).success).toBe(true);
    expect(packingSlipInputSchema.safeParse({ shipmentId: 'shp_1' }).success).toBe(false);
    expect(
      packingSlipInputSchema.safeParse({ orderId: 'ord_1', shipmentId: '../etc' }).success,
    ).toBe(false);
  });
});
