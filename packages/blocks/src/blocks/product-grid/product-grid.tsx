import { z } from 'zod';

import { productSources, type ResolvedDataOf } from '../../data/block-data';
import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection, blockDomId } from '../../shared/block-section';
import { BlockHeading, BlockLead } from '../../shared/block-heading';
import { handle, optionalHandle, plainText } from '../../shared/prop-schemas';
import { ProductTile } from '../../shared/product-tile';

export const MAX_GRID_PRODUCTS = 24;

const schema = z
  .object({
    heading: plainText(120).default(''),
    subheading: plainText(300).default(''),
    source: z.enum(productSources).default('newest'),
    categorySlug: optionalHandle.default(''),
    productSlugs: z
      .array(handle)
      .max(MAX_GRID_PRODUCTS, `At most ${String(MAX_GRID_PRODUCTS)} products`)
      .default([]),
    limit: z.number().int().min(1).max(MAX_GRID_PRODUCTS).default(8),
    showMoreLink: z.boolean().default(true),
  })
  .refine((props) => props.source !== 'category' || props.categorySlug !== '', {
    message: 'Choose a category',
    path: ['categorySlug'],
  })
  .refine((props) => props.source !== 'manual' || props.productSlugs.length > 0, {
    message: 'Choose at least one product',
    path: ['productSlugs'],
  });

type Props = BlockComponentProps<z.output<typeof schema>, ResolvedDataOf<'products'>>;

const sizes = '(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw';
const nestedSizes = '(min-width: 1024px) 15vw, 50vw';

/** Products from a collection, a category or a hand-picked list. An empty list shows nothing. */
function ProductGrid({ blockId, props, data, context, placement }: Props) {
  if (data === undefined || data.products.length === 0) return null;
  const headingId = props.heading === '' ? undefined : blockDomId(blockId, 'heading');
  const more = props.showMoreLink ? data.more : null;
  return (
    <BlockSection blockId={blockId} placement={placement} labelledBy={headingId}>
      {(headingId !== undefined || more !== null) && (
        <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
          {headingId !== undefined && (
            <div>
              <BlockHeading id={headingId} placement={placement}>
                {props.heading}
              </BlockHeading>
              {props.subheading !== '' && <BlockLead>{props.subheading}</BlockLead>}
            </div>
          )}
          {more !== null && (
            <context.Link
              href={more.href}
              className="text-sm font-medium text-foreground underline decoration-accent decoration-2 underline-offset-4 hover:decoration-foreground"
            >
              {more.label}
              <span aria-hidden="true"> →</span>
            </context.Link>
          )}
        </div>
      )}
      <ul
        className={
          placement.nested
            ? 'grid grid-cols-2 gap-x-4 gap-y-8'
            : 'grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 sm:gap-x-6 lg:grid-cols-4'
        }
      >
        {data.products.map((product, index) => (
          <li key={product.id}>
            <ProductTile
              product={product}
              context={context}
              sizes={placement.nested ? nestedSizes : sizes}
              // The first row of an above-the-fold grid competes for the largest paint.
              eager={placement.eager && index < 4}
            />
          </li>
        ))}
      </ul>
    </BlockSection>
  );
}

export const productGridBlock = defineBlock({
  type: 'product-grid',
  label: 'Product grid',
  description: 'New arrivals, best sellers, a category or products you pick.',
  group: 'commerce',
  schema,
  defaults: {
    heading: 'Featured products',
    subheading: '',
    source: 'newest',
    categorySlug: '',
    productSlugs: [],
    limit: 8,
    showMoreLink: true,
  },
  fields: [
    { kind: 'text', name: 'heading', label: 'Heading', maxLength: 120 },
    { kind: 'text', name: 'subheading', label: 'Text under the heading', maxLength: 300 },
    {
      kind: 'select',
      name: 'source',
      label: 'Products',
      options: [
        { value: 'newest', label: 'New arrivals' },
        { value: 'best-selling', label: 'Best sellers' },
        { value: 'category', label: 'From a category' },
        { value: 'manual', label: 'Pick products' },
      ],
    },
    {
      kind: 'category',
      name: 'categorySlug',
      label: 'Category',
      visibleWhen: { field: 'source', equals: ['category'] },
    },
    {
      kind: 'products',
      name: 'productSlugs',
      label: 'Products',
      max: MAX_GRID_PRODUCTS,
      visibleWhen: { field: 'source', equals: ['manual'] },
    },
    {
      kind: 'number',
      name: 'limit',
      label: 'How many to show',
      min: 1,
      max: MAX_GRID_PRODUCTS,
      visibleWhen: { field: 'source', equals: ['newest', 'best-selling', 'category'] },
    },
    { kind: 'toggle', name: 'showMoreLink', label: 'Link to the full list' },
  ],
  data: (props) => ({
    kind: 'products',
    source: props.source,
    categorySlug: props.categorySlug === '' ? null : props.categorySlug,
    productSlugs: props.source === 'manual' ? props.productSlugs : [],
    limit: props.source === 'manual' ? props.productSlugs.length : props.limit,
  }),
  Component: ProductGrid,
});
