/** What structured data says about a product; URLs must be absolute (it is read without the page). */
export interface ProductJsonLdInput {
  name: string;
  description: string;
  url: string;
  brand: string | null;
  images: string[];
  storeName: string;
  variants: {
    id: string;
    sku: string;
    price: number;
    currency: string;
    inStock: boolean;
  }[];
}

/** schema.org wants a decimal string in major units: 12999 USD is "129.99", 1500 JPY is "1500". */
export function decimalPrice(amountMinor: number, currency: string): string {
  const digits =
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  const negative = amountMinor < 0;
  const units = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? units : units.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${units.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

function variantUrl(productUrl: string, variantId: string, single: boolean): string {
  if (single) return productUrl;
  const url = new URL(productUrl);
  url.searchParams.set('variant', variantId);
  return url.toString();
}

/** schema.org Product with one Offer per variant, as search engines read product pages. */
export function productJsonLd(input: ProductJsonLdInput): Record<string, unknown> {
  const single = input.variants.length === 1;
  const offers = input.variants.map((variant) => ({
    '@type': 'Offer',
    url: variantUrl(input.url, variant.id, single),
    sku: variant.sku,
    price: decimalPrice(variant.price, variant.currency),
    priceCurrency: variant.currency,
    availability: variant.inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    itemCondition: 'https://schema.org/NewCondition',
    seller: { '@type': 'Organization', name: input.storeName },
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: input.name,
    ...(input.description === '' ? {} : { description: input.description }),
    url: input.url,
    ...(input.images.length === 0 ? {} : { image: input.images }),
    ...(input.brand === null ? {} : { brand: { '@type': 'Brand', name: input.brand } }),
    ...(single && input.variants[0] !== undefined ? { sku: input.variants[0].sku } : {}),
    offers,
  };
}

/**
 * JSON for a script element. `<` and `>` are escaped so merchant text such as `</script>` or
 * `<!--` cannot end or change the element, `&` so nothing reads as an entity, and the two line
 * separators JavaScript parsers once treated as line ends. The JSON parses to the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
