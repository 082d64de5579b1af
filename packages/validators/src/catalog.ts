import { z } from 'zod';

import { idSchema, minorUnitsSchema, nonEmptyText, paginationSchema } from './common.ts';

/** A product may have at most this many options (size, colour, material). */
export const MAX_PRODUCT_OPTIONS = 3;
/** The variant matrix (product of the options' value counts) may not grow beyond this. */
export const MAX_PRODUCT_VARIANTS = 100;

export const productStatusSchema = z.enum(['draft', 'active', 'archived']);
export type ProductStatus = z.infer<typeof productStatusSchema>;

/** A product or category handle: the URL segment, unique per store. */
export const handleSchema = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(120, 'At most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens');

/** Stock keeping unit: letters, digits and . _ - /, unique per store. */
export const skuSchema = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(64, 'At most 64 characters')
  .regex(/^[A-Za-z0-9._/-]+$/, 'Use letters, digits and . _ - / only');

/** Tags are written comma-separated in CSV files, so a tag cannot contain a comma. */
export const productTagSchema = nonEmptyText(40).regex(/^[^,]+$/, 'A tag cannot contain a comma');

const optionNameSchema = nonEmptyText(60);
const optionValueSchema = nonEmptyText(60);

const distinct = (values: readonly string[]) =>
  new Set(values.map((v) => v.toLowerCase())).size === values.length;

export const productOptionInputSchema = z.object({
  /** Set when the option already exists: renaming keeps its variants. */
  optionId: idSchema.optional(),
  name: optionNameSchema,
  values: z
    .array(optionValueSchema)
    .min(1, 'An option needs at least one value')
    .max(50, 'At most 50 values per option')
    .refine(distinct, 'Each value may appear only once'),
});
export type ProductOptionInput = z.infer<typeof productOptionInputSchema>;

export const productOptionsSchema = z
  .array(productOptionInputSchema)
  .max(MAX_PRODUCT_OPTIONS, `A product can have at most ${MAX_PRODUCT_OPTIONS} options`)
  .refine((options) => distinct(options.map((o) => o.name)), 'Each option name may appear once')
  .refine(
    (options) => options.reduce((n, o) => n * o.values.length, 1) <= MAX_PRODUCT_VARIANTS,
    `These options would make more than ${MAX_PRODUCT_VARIANTS} variants`,
  );

const weightGramsSchema = z
  .number()
  .int('Weight is whole grams')
  .min(0, 'Weight cannot be negative')
  .max(1_000_000, 'At most 1,000 kg');
const stockQuantitySchema = z
  .number()
  .int('Stock is a whole number')
  .min(0, 'Stock cannot be negative')
  .max(1_000_000, 'At most 1,000,000 units');
const barcodeSchema = z.string().trim().max(64, 'At most 64 characters');

/** Prices and weight given to every generated variant unless a variant override says otherwise. */
export const variantDefaultsSchema = z.object({
  price: minorUnitsSchema.optional(),
  compareAtPrice: minorUnitsSchema.nullable().optional(),
  costPrice: minorUnitsSchema.nullable().optional(),
  weightGrams: weightGramsSchema.optional(),
});

export const variantOverrideSchema = variantDefaultsSchema.extend({
  /** The variant's value for each option, in option order (empty for a product without options). */
  optionValues: z.array(optionValueSchema).max(MAX_PRODUCT_OPTIONS),
  sku: skuSchema.optional(),
  barcode: barcodeSchema.optional(),
});

const productFieldsSchema = z.object({
  title: nonEmptyText(200),
  descriptionHtml: z.string().max(50_000, 'At most 50,000 characters'),
  vendor: z.string().trim().max(120, 'At most 120 characters').nullable(),
  productType: z.string().trim().max(120, 'At most 120 characters').nullable(),
  tags: z.array(productTagSchema).max(50, 'At most 50 tags'),
  seoTitle: z.string().trim().max(120, 'At most 120 characters').nullable(),
  seoDescription: z.string().trim().max(320, 'At most 320 characters').nullable(),
});

const categoryIdsSchema = z.array(idSchema).max(50, 'At most 50 categories');

export const createProductInputSchema = productFieldsSchema.partial().extend({
  title: nonEmptyText(200),
  slug: handleSchema.optional(),
  status: productStatusSchema.default('draft'),
  categoryIds: categoryIdsSchema.optional(),
  options: productOptionsSchema.optional(),
  defaults: variantDefaultsSchema.optional(),
  variants: z.array(variantOverrideSchema).max(MAX_PRODUCT_VARIANTS).optional(),
});
export type CreateProductInput = z.input<typeof createProductInputSchema>;

export const updateProductInputSchema = productFieldsSchema.partial().extend({
  productId: idSchema,
  slug: handleSchema.optional(),
});
export type UpdateProductFields = Omit<z.infer<typeof updateProductInputSchema>, 'productId'>;

export const productIdInputSchema = z.object({ productId: idSchema });

export const setProductStatusInputSchema = z.object({
  productId: idSchema,
  status: productStatusSchema,
});

export const setProductOptionsInputSchema = z.object({
  productId: idSchema,
  options: productOptionsSchema,
  /** For variants the new options create; otherwise they copy the first remaining variant. */
  defaults: variantDefaultsSchema.optional(),
});

export const variantStockInputSchema = z.object({
  locationId: idSchema,
  /** The counted units on hand; the difference is recorded as a correction. */
  onHand: stockQuantitySchema,
});

export const updateVariantInputSchema = z.object({
  variantId: idSchema,
  price: minorUnitsSchema.optional(),
  compareAtPrice: minorUnitsSchema.nullable().optional(),
  costPrice: minorUnitsSchema.nullable().optional(),
  sku: skuSchema.optional(),
  barcode: barcodeSchema.nullable().optional(),
  weightGrams: weightGramsSchema.optional(),
  trackInventory: z.boolean().optional(),
  allowBackorder: z.boolean().optional(),
  lowStockThreshold: stockQuantitySchema.nullable().optional(),
  stock: z.array(variantStockInputSchema).max(50).optional(),
});
export type UpdateVariantInput = z.infer<typeof updateVariantInputSchema>;

export const setProductCategoriesInputSchema = z.object({
  productId: idSchema,
  categoryIds: categoryIdsSchema,
});

const altTextSchema = z.string().trim().max(512, 'At most 512 characters');

export const attachProductMediaInputSchema = z.object({
  productId: idSchema,
  mediaId: idSchema,
  altText: altTextSchema.optional(),
  variantId: idSchema.optional(),
});

export const productMediaInputSchema = z.object({ productId: idSchema, mediaId: idSchema });

export const updateProductMediaInputSchema = z.object({
  productId: idSchema,
  mediaId: idSchema,
  altText: altTextSchema.nullable().optional(),
  variantId: idSchema.nullable().optional(),
});

export const reorderProductMediaInputSchema = z.object({
  productId: idSchema,
  mediaIds: z.array(idSchema).min(1).max(250),
});

export const productSortSchema = z.enum(['updated', 'created', 'title']);
export type ProductSort = z.infer<typeof productSortSchema>;

/** Which products: by status, by category (including its subcategories), by title or SKU. */
export const productFilterSchema = z.object({
  status: productStatusSchema.optional(),
  categoryId: idSchema.optional(),
  q: z.string().trim().max(200, 'At most 200 characters').optional(),
});
export type ProductFilter = z.infer<typeof productFilterSchema>;

export const listProductsInputSchema = paginationSchema.extend({
  ...productFilterSchema.shape,
  sort: productSortSchema.default('updated'),
});
export type ListProductsInput = z.input<typeof listProductsInputSchema>;

export const categoryProductsInputSchema = paginationSchema.extend({
  categoryId: idSchema,
  status: productStatusSchema.optional(),
  sort: productSortSchema.default('updated'),
});

/** A set of products for a bulk action: listed ids, a filter, or both (products matching both). */
export const productSelectionSchema = z
  .object({
    productIds: z.array(idSchema).min(1).max(1000, 'At most 1,000 products at once').optional(),
    filter: productFilterSchema.optional(),
  })
  .refine((s) => s.productIds !== undefined || s.filter !== undefined, 'Choose products');
export type ProductSelection = z.infer<typeof productSelectionSchema>;

export const bulkChangePricesInputSchema = z.object({
  selection: productSelectionSchema,
  /** Basis points: 1000 = +10%, -2500 = -25%. */
  percentBps: z
    .number()
    .int('Use whole basis points (1% = 100)')
    .min(-9000, 'Prices can drop by at most 90%')
    .max(100_000, 'Prices can rise by at most 1000%'),
  includeCompareAt: z.boolean().default(false),
});

export const bulkSetStatusInputSchema = z.object({
  productIds: z.array(idSchema).min(1).max(1000, 'At most 1,000 products at once'),
  status: productStatusSchema,
});

export const categoryNameSchema = nonEmptyText(120);
const categoryDescriptionSchema = z.string().trim().max(5_000, 'At most 5,000 characters');

export const createCategoryInputSchema = z.object({
  name: categoryNameSchema,
  slug: handleSchema.optional(),
  parentId: idSchema.nullable().optional(),
  description: categoryDescriptionSchema.optional(),
});

export const updateCategoryInputSchema = z.object({
  categoryId: idSchema,
  name: categoryNameSchema.optional(),
  slug: handleSchema.optional(),
  description: categoryDescriptionSchema.nullable().optional(),
});

export const moveCategoryInputSchema = z.object({
  categoryId: idSchema,
  /** The new parent; null makes it a top-level category. */
  parentId: idSchema.nullable(),
  /** Position among the new siblings (0 = first); the end when omitted. */
  position: z.number().int().min(0).max(10_000).optional(),
});

export const reorderCategoriesInputSchema = z.object({
  parentId: idSchema.nullable(),
  categoryIds: z.array(idSchema).min(1).max(1000),
});

export const categoryIdInputSchema = z.object({ categoryId: idSchema });
