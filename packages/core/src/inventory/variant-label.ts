/** Titles a variant gets when the product has no options; they add nothing to a message. */
const PLAIN_TITLES = new Set(['', 'default', 'default title']);

/** How a variant is named to shoppers and merchants: "Linen Shirt (M)", or "Linen Shirt" alone. */
export function variantLabel(productTitle: string, variantTitle: string): string {
  return PLAIN_TITLES.has(variantTitle.trim().toLowerCase())
    ? productTitle
    : `${productTitle} (${variantTitle})`;
}

/** A variant's title when it tells variants apart, undefined for a plain one ("Default"). */
export function distinctVariantTitle(variantTitle: string): string | undefined {
  return PLAIN_TITLES.has(variantTitle.trim().toLowerCase()) ? undefined : variantTitle;
}
