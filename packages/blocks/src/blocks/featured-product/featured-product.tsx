import { Badge, ButtonLink, cn, ImageIcon, Money } from '@storeloom/ui';
import { z } from 'zod';

import type { ResolvedDataOf } from '../../data/block-data';
import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection, blockDomId } from '../../shared/block-section';
import { optionalHandle, plainText, requiredText } from '../../shared/prop-schemas';

const schema = z.object({
  productSlug: optionalHandle.default(''),
  eyebrow: plainText(60).default(''),
  ctaLabel: requiredText(40).default('View product'),
  imagePosition: z.enum(['start', 'end']).default('start'),
});

type Props = BlockComponentProps<z.output<typeof schema>, ResolvedDataOf<'product'>>;

/** One product in the spotlight: a large picture, its price and a link to its page. */
function FeaturedProduct({ blockId, props, data, context, placement }: Props) {
  if (data === undefined) return null;
  const { product } = data;
  const headingId = blockDomId(blockId, 'heading');
  const { compareAtPrice } = product;
  const onSale = compareAtPrice !== null && compareAtPrice > product.price;
  return (
    <BlockSection blockId={blockId} placement={placement} labelledBy={headingId} tone="muted">
      <div
        className={cn('grid items-center gap-8', !placement.nested && 'md:grid-cols-2 md:gap-12')}
      >
        <div
          className={cn(
            'relative aspect-square overflow-hidden rounded-2xl border border-border bg-surface',
            props.imagePosition === 'end' && 'md:order-last',
          )}
        >
          {product.image !== null ? (
            <context.Image
              src={product.image.src}
              alt={product.image.alt}
              sizes={
                placement.nested
                  ? '(min-width: 1024px) 40vw, 100vw'
                  : '(min-width: 768px) 50vw, 100vw'
              }
              eager={placement.eager}
              className="object-cover"
            />
          ) : (
            <div className="flex size-full items-center justify-center text-subtle-foreground">
              <ImageIcon className="size-10" />
            </div>
          )}
        </div>
        <div>
          {props.eyebrow !== '' && (
            <p className="text-sm font-semibold tracking-wide text-muted-foreground uppercase">
              {props.eyebrow}
            </p>
          )}
          <h2
            id={headingId}
            className={cn(
              'mt-2 font-semibold tracking-tight text-balance',
              placement.nested ? 'text-xl' : 'text-3xl sm:text-4xl',
            )}
          >
            {product.title}
          </h2>
          <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-lg">
            <span className="font-semibold">
              {product.priceVaries && (
                <span className="font-normal text-muted-foreground">From </span>
              )}
              <Money
                amountMinor={product.price}
                currency={product.currency}
                locale={context.locale}
              />
            </span>
            {onSale && (
              <s className="text-base text-subtle-foreground">
                <span className="sr-only">Was </span>
                <Money
                  amountMinor={compareAtPrice}
                  currency={product.currency}
                  locale={context.locale}
                />
              </s>
            )}
            {!product.inStock && <Badge>Sold out</Badge>}
            {product.inStock && onSale && <Badge tone="danger">Sale</Badge>}
          </p>
          {product.summary !== '' && (
            <p className="mt-4 max-w-prose text-base leading-7 text-pretty text-muted-foreground">
              {product.summary}
            </p>
          )}
          <ButtonLink
            href={product.href}
            linkComponent={context.Link}
            size="lg"
            className="mt-8 px-6"
            aria-describedby={headingId}
          >
            {props.ctaLabel}
          </ButtonLink>
        </div>
      </div>
    </BlockSection>
  );
}

export const featuredProductBlock = defineBlock({
  type: 'featured-product',
  label: 'Featured product',
  description: 'One product with a large picture, its price and a short description.',
  group: 'commerce',
  schema,
  defaults: {
    productSlug: '',
    eyebrow: 'Featured',
    ctaLabel: 'View product',
    imagePosition: 'start',
  },
  fields: [
    { kind: 'product', name: 'productSlug', label: 'Product' },
    { kind: 'text', name: 'eyebrow', label: 'Small line above the name', maxLength: 60 },
    { kind: 'text', name: 'ctaLabel', label: 'Button label', maxLength: 40 },
    {
      kind: 'select',
      name: 'imagePosition',
      label: 'Picture position',
      options: [
        { value: 'start', label: 'Left' },
        { value: 'end', label: 'Right' },
      ],
    },
  ],
  data: (props) =>
    props.productSlug === '' ? null : { kind: 'product', productSlug: props.productSlug },
  Component: FeaturedProduct,
});
