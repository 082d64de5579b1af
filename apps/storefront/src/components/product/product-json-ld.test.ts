import { describe, expect, it } from 'vitest';

import { plainTextOf } from './plain-text';
import {
  decimalPrice,
  productJsonLd,
  type ProductJsonLdInput,
  scriptSafeJson,
} from './product-json-ld';

const red = { id: 'v1', sku: 'KB-RED', price: 12999, currency: 'USD', inStock: true };

const base: ProductJsonLdInput = {
  name: 'Lumen Keyboard',
  description: 'A keyboard.',
  url: 'https://shop.example.com/products/lumen-keyboard',
  brand: 'Lumen',
  images: ['https://shop.example.com/media/shop/keyboard.webp'],
  storeName: 'Tech Gadgets',
  variants: [red, { id: 'v2', sku: 'KB-BLUE', price: 11999, currency: 'USD', inStock: false }],
};

describe('decimalPrice', () => {
  it.each([
    [12999, 'USD', '129.99'],
    [5, 'USD', '0.05'],
    [0, 'EUR', '0.00'],
    [1500, 'JPY', '1500'],
    [12345, 'KWD', '12.345'],
  ])('%d %s is "%s"', (amount, currency, expected) => {
    expect(decimalPrice(amount, currency)).toBe(expected);
  });
});

describe('productJsonLd', () => {
  it('describes the product with an Offer per variant', () => {
    expect(productJsonLd(base)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Lumen Keyboard',
      description: 'A keyboard.',
      url: base.url,
      image: base.images,
      brand: { '@type': 'Brand', name: 'Lumen' },
      offers: [
        expect.objectContaining({
          '@type': 'Offer',
          url: `${base.url}?variant=v1`,
          sku: 'KB-RED',
          price: '129.99',
          priceCurrency: 'USD',
          availability: 'https://schema.org/InStock',
        }),
        expect.objectContaining({
          url: `${base.url}?variant=v2`,
          price: '119.99',
          availability: 'https://schema.org/OutOfStock',
        }),
      ],
    });
  });

  it('gives a single-variant product its sku and the plain page URL', () => {
    const data = productJsonLd({ ...base, brand: null, images: [], variants: [red] });
    expect(data).toMatchObject({ sku: 'KB-RED', offers: [{ url: base.url }] });
    expect(data).not.toHaveProperty('brand');
    expect(data).not.toHaveProperty('image');
  });
});

describe('scriptSafeJson', () => {
  it('cannot end the script element, and parses back to the same value', () => {
    const hostile = {
      name: '</script><script>alert(1)</script>',
      description: '<!-- a & b --> \u2028 \u2029',
    };
    const json = scriptSafeJson(productJsonLd({ ...base, ...hostile }));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toMatchObject(hostile);
  });
});

describe('plainTextOf', () => {
  it('keeps the words of merchant HTML', () => {
    expect(plainTextOf('<p>Soft &amp; warm</p><ul><li>Wool&nbsp;blend</li></ul>', 200)).toBe(
      'Soft & warm Wool blend',
    );
    expect(plainTextOf('<p>&#169; &#x41;&lt;b&gt;</p>', 200)).toBe('© A<b>');
  });

  it('cuts long text after a whole sentence when one fits', () => {
    expect(plainTextOf('First sentence here. Second one is much longer than that.', 30)).toBe(
      'First sentence here.',
    );
  });

  it('cuts long text at a word with an ellipsis', () => {
    expect(plainTextOf('one two three four five', 14)).toBe('one two three…');
    expect(plainTextOf('one two three four five', 14).length).toBeLessThanOrEqual(14);
  });
});
