import { cn, ImageIcon } from '@storeloom/ui';
import { z } from 'zod';

import type { ResolvedDataOf } from '../../data/block-data';
import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection, blockDomId } from '../../shared/block-section';
import { BlockHeading, BlockLead } from '../../shared/block-heading';
import { handle, plainText } from '../../shared/prop-schemas';

export const MAX_LISTED_CATEGORIES = 24;

const schema = z.object({
  heading: plainText(120).default(''),
  subheading: plainText(300).default(''),
  categorySlugs: z
    .array(handle)
    .max(MAX_LISTED_CATEGORIES, `At most ${String(MAX_LISTED_CATEGORIES)} categories`)
    .default([]),
  limit: z.number().int().min(1).max(MAX_LISTED_CATEGORIES).default(6),
});

type Props = BlockComponentProps<z.output<typeof schema>, ResolvedDataOf<'categories'>>;

/** Wide screens fit every tile in one row, up to six, so a few categories fill the width. */
const wideColumns = [
  'lg:grid-cols-2',
  'lg:grid-cols-2',
  'lg:grid-cols-3',
  'lg:grid-cols-4',
  'lg:grid-cols-5',
  'lg:grid-cols-6',
];

function productCountText(count: number): string {
  return count === 1 ? '1 product' : `${String(count)} products`;
}

/** Tiles linking to categories: chosen ones, or the store's top-level categories. */
function CategoryList({ blockId, props, data, context, placement }: Props) {
  if (data === undefined || data.categories.length === 0) return null;
  const headingId = props.heading === '' ? undefined : blockDomId(blockId, 'heading');
  return (
    <BlockSection blockId={blockId} placement={placement} labelledBy={headingId}>
      {headingId !== undefined && (
        <div className="mb-8">
          <BlockHeading id={headingId} placement={placement}>
            {props.heading}
          </BlockHeading>
          {props.subheading !== '' && <BlockLead>{props.subheading}</BlockLead>}
        </div>
      )}
      <ul
        className={cn(
          'grid grid-cols-2 gap-4',
          !placement.nested && 'sm:grid-cols-3 sm:gap-6',
          !placement.nested && wideColumns[Math.min(data.categories.length, 6) - 1],
        )}
      >
        {data.categories.map((category) => (
          <li key={category.id}>
            <context.Link
              href={category.href}
              className="group block overflow-hidden rounded-xl border border-border bg-surface shadow-xs transition-shadow hover:shadow-md"
            >
              <div className="relative aspect-square bg-surface-muted">
                {category.image !== null ? (
                  <context.Image
                    src={category.image.src}
                    // The name below says what the tile is; the picture is decoration.
                    alt=""
                    sizes={
                      placement.nested
                        ? '20vw'
                        : '(min-width: 1024px) 16vw, (min-width: 640px) 33vw, 50vw'
                    }
                    eager={false}
                    className="object-cover transition-transform duration-300 group-hover:scale-[1.04] motion-reduce:transition-none"
                  />
                ) : (
                  <div className="flex size-full items-center justify-center text-subtle-foreground">
                    <ImageIcon className="size-8" />
                  </div>
                )}
              </div>
              <div className="px-3 py-3">
                <span className="block text-sm font-semibold text-foreground">{category.name}</span>
                {category.productCount !== null && (
                  <span className="mt-0.5 block text-xs text-muted-foreground">
                    {productCountText(category.productCount)}
                  </span>
                )}
              </div>
            </context.Link>
          </li>
        ))}
      </ul>
    </BlockSection>
  );
}

export const categoryListBlock = defineBlock({
  type: 'category-list',
  label: 'Category list',
  description: 'Picture tiles that lead to categories.',
  group: 'commerce',
  schema,
  defaults: { heading: 'Shop by category', subheading: '', categorySlugs: [], limit: 6 },
  fields: [
    { kind: 'text', name: 'heading', label: 'Heading', maxLength: 120 },
    { kind: 'text', name: 'subheading', label: 'Text under the heading', maxLength: 300 },
    {
      kind: 'categories',
      name: 'categorySlugs',
      label: 'Categories',
      max: MAX_LISTED_CATEGORIES,
      help: 'Leave empty to show your top-level categories.',
    },
    {
      kind: 'number',
      name: 'limit',
      label: 'How many to show',
      min: 1,
      max: MAX_LISTED_CATEGORIES,
    },
  ],
  data: (props) => ({
    kind: 'categories',
    categorySlugs: props.categorySlugs,
    limit: props.limit,
  }),
  Component: CategoryList,
});
