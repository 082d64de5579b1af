import { productJsonLd, type ProductJsonLdInput, scriptSafeJson } from './product-json-ld';

/** schema.org Product and Offers for search engines; merchant text cannot break out of it. */
export function ProductJsonLdScript({ product }: { product: ProductJsonLdInput }) {
  return (
    <script
      type="application/ld+json"
      // The only way to put JSON in a script element; scriptSafeJson keeps it inert.
      dangerouslySetInnerHTML={{ __html: scriptSafeJson(productJsonLd(product)) }}
    />
  );
}
