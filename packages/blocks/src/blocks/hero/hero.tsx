import { ButtonLink, cn } from '@storeloom/ui';
import { z } from 'zod';

import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { blockDomId } from '../../shared/block-section';
import { imageSchema, optionalLinkHref, plainText, requiredText } from '../../shared/prop-schemas';

const schema = z.object({
  heading: requiredText(120),
  subheading: plainText(300).default(''),
  ctaLabel: plainText(40).default(''),
  ctaHref: optionalLinkHref.default(''),
  image: imageSchema.nullable().default(null),
  align: z.enum(['start', 'center']).default('start'),
});

function Hero({
  blockId,
  props,
  context,
  placement,
}: BlockComponentProps<z.output<typeof schema>>) {
  const Heading = placement.first && !placement.nested ? 'h1' : 'h2';
  const centred = props.align === 'center' && props.image === null;
  const hasButton = props.ctaLabel !== '' && props.ctaHref !== '';
  return (
    <section
      id={blockDomId(blockId)}
      aria-labelledby={blockDomId(blockId, 'heading')}
      className={cn(
        'relative isolate overflow-hidden bg-accent-soft',
        placement.nested ? 'rounded-xl' : 'border-b border-border',
      )}
    >
      <div aria-hidden="true" className="pointer-events-none absolute inset-0 -z-10">
        <div className="absolute -top-24 -left-24 size-96 rounded-full bg-accent opacity-10 blur-3xl" />
      </div>
      <div
        className={cn(
          'mx-auto grid w-full items-center gap-10',
          placement.nested ? 'p-6' : 'max-w-7xl px-4 py-16 sm:px-6 sm:py-20',
          props.image !== null && !placement.nested && 'lg:grid-cols-2',
        )}
      >
        <div className={cn(centred && 'mx-auto text-center')}>
          <Heading
            id={blockDomId(blockId, 'heading')}
            className={cn(
              'max-w-3xl font-semibold tracking-tight text-balance text-foreground',
              placement.nested ? 'text-2xl' : 'text-4xl sm:text-5xl lg:text-6xl',
              centred && 'mx-auto',
            )}
          >
            {props.heading}
          </Heading>
          {props.subheading !== '' && (
            <p
              className={cn(
                'mt-5 max-w-xl text-base leading-7 text-pretty text-muted-foreground sm:text-lg',
                centred && 'mx-auto',
              )}
            >
              {props.subheading}
            </p>
          )}
          {hasButton && (
            <div className={cn('mt-8 flex flex-wrap gap-3', centred && 'justify-center')}>
              <ButtonLink
                href={props.ctaHref}
                linkComponent={context.Link}
                size="lg"
                className="px-6"
              >
                {props.ctaLabel}
              </ButtonLink>
            </div>
          )}
        </div>
        {props.image !== null && (
          <div className="relative aspect-[4/3] overflow-hidden rounded-2xl bg-surface shadow-lg ring-1 ring-black/5">
            <context.Image
              src={props.image.src}
              alt={props.image.alt}
              sizes={
                placement.nested
                  ? '(min-width: 1024px) 40vw, 100vw'
                  : '(min-width: 1024px) 50vw, 100vw'
              }
              eager={placement.eager}
              highPriority={placement.first}
              className="object-cover"
            />
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * The banner at the top of a page, tinted with the store's accent. The first block of a page
 * carries the page's h1; any later hero is an h2.
 */
export const heroBlock = defineBlock({
  type: 'hero',
  label: 'Hero',
  description: 'A large heading with a short line, a button and an optional picture.',
  group: 'marketing',
  schema,
  defaults: {
    heading: 'Welcome to our store',
    subheading: 'Tell shoppers in one sentence what makes your products worth a look.',
    ctaLabel: 'Shop now',
    ctaHref: '/search',
    image: null,
    align: 'start',
  },
  fields: [
    { kind: 'text', name: 'heading', label: 'Heading', maxLength: 120 },
    { kind: 'text', name: 'subheading', label: 'Text', maxLength: 300, multiline: true },
    { kind: 'text', name: 'ctaLabel', label: 'Button label', maxLength: 40 },
    { kind: 'link', name: 'ctaHref', label: 'Button link' },
    { kind: 'image', name: 'image', label: 'Picture' },
    {
      kind: 'select',
      name: 'align',
      label: 'Text alignment',
      options: [
        { value: 'start', label: 'Left' },
        { value: 'center', label: 'Centre' },
      ],
    },
  ],
  Component: Hero,
});
