const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 48;

/**
 * A product handle as the proxy and the product page both read it: trimmed and lower-cased (a
 * hand-typed `/products/Desk-Lamp` still finds the lamp). Null when it cannot be a handle.
 */
export function normalizeProductSlug(text: string): string | null {
  const slug = text.trim().toLowerCase();
  return slug.length >= 2 && slug.length <= MAX_SLUG_LENGTH && SLUG_SHAPE.test(slug) ? slug : null;
}

/** The product handle in a raw (still encoded) URL path segment. */
export function productSlugOf(segment: string): string | null {
  try {
    return normalizeProductSlug(decodeURIComponent(segment));
  } catch {
    // A malformed escape ("%E0%A4%A") cannot name a product.
    return null;
  }
}
