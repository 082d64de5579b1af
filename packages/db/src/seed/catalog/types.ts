/** Typed catalogue data for the demo stores. Money is in minor units of the store currency. */

export interface OptionValueSpec {
  value: string;
  /** Short code used in SKUs, e.g. "BLK" in TG-EARBUD-BLK. */
  code: string;
  /** Added to the product's base price (and, scaled down, to its cost). */
  priceDelta: number;
}

export interface OptionSpec {
  name: string;
  values: readonly OptionValueSpec[];
}

export interface ProductSpec {
  title: string;
  /** SKU stem, unique within the store: the SKU is `<prefix>-<code>[-<value codes>]`. */
  code: string;
  /** Slug of the (leaf) category the product is listed in. */
  category: string;
  price: number;
  cost: number;
  /** Set on the products that are on sale. */
  compareAt?: number;
  weightGrams: number;
  /** Two or three sentences; rendered as the first HTML paragraph. */
  description: string;
  options?: readonly OptionSpec[];
  tags?: readonly string[];
}

export interface CategorySpec {
  slug: string;
  name: string;
  description?: string;
  children?: readonly CategorySpec[];
}

export interface CatalogSpec {
  /** SKU prefix, e.g. "TG". */
  skuPrefix: string;
  vendor: string;
  categories: readonly CategorySpec[];
  products: readonly ProductSpec[];
}

// Codes for the colours the catalogues use, so SKUs read like a merchant's (BLK, not BLACK).
const colourCodes: Readonly<Record<string, string>> = {
  Black: 'BLK',
  White: 'WHT',
  Navy: 'NVY',
  Grey: 'GRY',
  Red: 'RED',
  Blue: 'BLU',
  Green: 'GRN',
  Pink: 'PNK',
  Silver: 'SLV',
  Gold: 'GLD',
  'Space Grey': 'SGRY',
  'Matte Black': 'MBLK',
};

/**
 * A short SKU code for an option value: known colours by table; values with digits compacted
 * ("128 GB" → 128GB); short words as they are; longer words by their consonants ("Charcoal" →
 * CHRC); several words by two letters each ("Speckled White" → SPWH).
 */
export function valueCode(value: string): string {
  const known = colourCodes[value];
  if (known) return known;
  const ascii = value
    .normalize('NFD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .toUpperCase();
  const compact = ascii.replace(/ /g, '');
  if (/[0-9]/.test(compact) || compact.length <= 4) return compact.slice(0, 9);
  const words = ascii.split(' ').filter((word) => word.length > 0);
  if (words.length > 1)
    return words
      .map((word) => word.slice(0, 2))
      .join('')
      .slice(0, 6);
  return (compact.slice(0, 1) + compact.slice(1).replace(/[AEIOU]/g, '')).slice(0, 4);
}

/** `opt("Colour", "Black", ["Gold", 2000])`: a plain value, or `[value, priceDelta]`. */
export function opt(
  name: string,
  ...values: readonly (string | readonly [string, number])[]
): OptionSpec {
  return {
    name,
    values: values.map((entry) => {
      const [value, priceDelta] = typeof entry === 'string' ? [entry, 0] : entry;
      return { value, code: valueCode(value), priceDelta };
    }),
  };
}

export const apparelSizes = ['XS', 'S', 'M', 'L'] as const;
export const unisexSizes = ['S', 'M', 'L', 'XL'] as const;
