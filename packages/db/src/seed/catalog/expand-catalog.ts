import { escapeHtml, listInWords, slugify } from '../text';
import type { CatalogSpec, CategorySpec, OptionSpec, ProductSpec } from './types';

export interface CategoryPlan {
  slug: string;
  name: string;
  description: string | null;
  parentSlug: string | null;
  rootSlug: string;
  depth: number;
  position: number;
}

export interface VariantPlan {
  sku: string;
  title: string;
  price: number;
  compareAtPrice: number | null;
  costPrice: number;
  weightGrams: number;
  position: number;
  /** `[optionName, value]` pairs, in option order. */
  optionValues: readonly (readonly [string, string])[];
}

export interface ProductPlan {
  index: number;
  slug: string;
  title: string;
  descriptionHtml: string;
  seoDescription: string;
  category: string;
  rootCategory: string;
  tags: readonly string[];
  options: readonly { name: string; position: number; values: readonly string[] }[];
  variants: readonly VariantPlan[];
}

export interface CatalogPlan {
  categories: readonly CategoryPlan[];
  products: readonly ProductPlan[];
  variants: readonly (VariantPlan & { productSlug: string; productTitle: string })[];
}

/** Parents before children, so ids and paths can be assigned in one pass. */
function flattenCategories(specs: readonly CategorySpec[]): CategoryPlan[] {
  const out: CategoryPlan[] = [];
  const visit = (spec: CategorySpec, parent: CategoryPlan | null, position: number) => {
    const plan: CategoryPlan = {
      slug: spec.slug,
      name: spec.name,
      description: spec.description ?? null,
      parentSlug: parent?.slug ?? null,
      rootSlug: parent?.rootSlug ?? spec.slug,
      depth: parent ? parent.depth + 1 : 0,
      position,
    };
    out.push(plan);
    spec.children?.forEach((child, childPosition) => {
      visit(child, plan, childPosition);
    });
  };
  specs.forEach((spec, position) => {
    visit(spec, null, position);
  });
  return out;
}

type Combination = readonly { option: OptionSpec; value: OptionSpec['values'][number] }[];

/** Every combination of option values: the variant matrix. */
function combinations(options: readonly OptionSpec[]): Combination[] {
  return options.reduce<Combination[]>(
    (acc, option) =>
      acc.flatMap((combo) => option.values.map((value) => [...combo, { option, value }])),
    [[]],
  );
}

// Costs follow price changes at a typical keystone-ish ratio, so upgrades keep a sane margin.
const costShareOfDelta = 0.45;

function expandVariants(prefix: string, product: ProductSpec): VariantPlan[] {
  return combinations(product.options ?? []).map((combo, position) => {
    const delta = combo.reduce((sum, { value }) => sum + value.priceDelta, 0);
    const codes = combo.map(({ value }) => value.code);
    return {
      sku: [prefix, product.code, ...codes].join('-'),
      title: combo.length === 0 ? 'Default' : combo.map(({ value }) => value.value).join(' / '),
      price: product.price + delta,
      compareAtPrice: product.compareAt === undefined ? null : product.compareAt + delta,
      costPrice: Math.max(0, product.cost + Math.round(delta * costShareOfDelta)),
      weightGrams: product.weightGrams,
      position,
      optionValues: combo.map(({ option, value }) => [option.name, value.value] as const),
    };
  });
}

function describe(product: ProductSpec): string {
  const paragraphs = [product.description];
  for (const option of product.options ?? []) {
    const values = option.values.map((value) => value.value);
    paragraphs.push(
      `Available in ${values.length} ${option.name.toLowerCase()} options: ${listInWords(values)}.`,
    );
  }
  return paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
}

/** Turns the hand-written catalogue into rows-to-be: slugs, SKUs, the variant matrix, HTML. */
export function expandCatalog(spec: CatalogSpec): CatalogPlan {
  const categories = flattenCategories(spec.categories);
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  const seenSkus = new Set<string>();
  const seenSlugs = new Set<string>();
  const products = spec.products.map((product, index): ProductPlan => {
    const category = bySlug.get(product.category);
    if (!category) throw new Error(`${product.title}: unknown category "${product.category}"`);
    const slug = slugify(product.title);
    if (seenSlugs.has(slug)) throw new Error(`Duplicate product slug ${slug}`);
    seenSlugs.add(slug);
    const variants = expandVariants(spec.skuPrefix, product);
    for (const variant of variants) {
      if (seenSkus.has(variant.sku)) throw new Error(`Duplicate SKU ${variant.sku}`);
      seenSkus.add(variant.sku);
    }
    return {
      index,
      slug,
      title: product.title,
      descriptionHtml: describe(product),
      seoDescription:
        product.description.split('. ')[0]?.replace(/\.?$/, '.') ?? product.description,
      category: category.slug,
      rootCategory: category.rootSlug,
      tags: product.tags ?? [],
      options: (product.options ?? []).map((option, position) => ({
        name: option.name,
        position,
        values: option.values.map((value) => value.value),
      })),
      variants,
    };
  });
  return {
    categories,
    products,
    variants: products.flatMap((product) =>
      product.variants.map((variant) => ({
        ...variant,
        productSlug: product.slug,
        productTitle: product.title,
      })),
    ),
  };
}
