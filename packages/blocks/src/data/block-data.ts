/**
 * Catalogue data some blocks show. A block never fetches: it declares what it needs (a
 * requirement), the host app loads it (the storefront through its API, the builder through its
 * own), and the block receives the result. Links are made by the host, which knows its routes.
 */

/** Where a product grid takes its products from. `newest` and `best-selling` are the store's automatic collections. */
export const productSources = ['newest', 'best-selling', 'category', 'manual'] as const;
export type ProductSource = (typeof productSources)[number];

export interface ProductsRequirement {
  kind: 'products';
  source: ProductSource;
  /** For `category`: the category and everything below it. */
  categorySlug: string | null;
  /** For `manual`: the products in this order. */
  productSlugs: readonly string[];
  limit: number;
}

export interface ProductRequirement {
  kind: 'product';
  productSlug: string;
}

export interface CategoriesRequirement {
  kind: 'categories';
  /** Chosen categories in this order; empty: the store's top-level categories. */
  categorySlugs: readonly string[];
  limit: number;
}

export type DataRequirement = ProductsRequirement | ProductRequirement | CategoriesRequirement;
export type DataKind = DataRequirement['kind'];

export interface BlockImage {
  src: string;
  alt: string;
}

export interface BlockProduct {
  id: string;
  href: string;
  title: string;
  /** Lowest variant price, integer minor units. */
  price: number;
  /** Variants cost different amounts: the price reads "From ...". */
  priceVaries: boolean;
  compareAtPrice: number | null;
  currency: string;
  image: BlockImage | null;
  inStock: boolean;
}

export interface BlockFeaturedProduct extends BlockProduct {
  /** Plain text, a few sentences from the description. */
  summary: string;
}

export interface BlockCategory {
  id: string;
  href: string;
  name: string;
  /** Products in the category and below; null when the host does not know. */
  productCount: number | null;
  image: BlockImage | null;
}

/** A link to the rest of a product list, worded by the host (e.g. "Shop all Audio"). */
export interface MoreLink {
  href: string;
  label: string;
}

export type ResolvedData =
  | { kind: 'products'; products: BlockProduct[]; more: MoreLink | null }
  | { kind: 'product'; product: BlockFeaturedProduct }
  | { kind: 'categories'; categories: BlockCategory[] };

export type RequirementOf<K extends DataKind> = Extract<DataRequirement, { kind: K }>;
export type ResolvedDataOf<K extends DataKind> = Extract<ResolvedData, { kind: K }>;

/** What a host implements to feed blocks. Missing things (a deleted product) resolve to null. */
export interface BlockDataSource {
  products(requirement: ProductsRequirement): Promise<ResolvedDataOf<'products'> | null>;
  product(requirement: ProductRequirement): Promise<ResolvedDataOf<'product'> | null>;
  categories(requirement: CategoriesRequirement): Promise<ResolvedDataOf<'categories'> | null>;
}
