import { ButtonLink, cn, ImageIcon } from '@storeloom/ui';
import { z } from 'zod';

import { RichText } from '../../rich-text/rich-text';
import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection, blockDomId } from '../../shared/block-section';
import { BlockHeading } from '../../shared/block-heading';
import {
  imageSchema,
  optionalLinkHref,
  plainText,
  requiredText,
  richText,
} from '../../shared/prop-schemas';

const schema = z.object({
  image: imageSchema.nullable().default(null),
  heading: requiredText(120),
  body: richText(5_000).default(''),
  ctaLabel: plainText(40).default(''),
  ctaHref: optionalLinkHref.default(''),
  imagePosition: z.enum(['start', 'end']).default('start'),
});

/** A picture beside a heading, text and a button; they stack on small screens. */
function ImageWithText({
  blockId,
  props,
  context,
  placement,
}: BlockComponentProps<z.output<typeof schema>>) {
  const headingId = blockDomId(blockId, 'heading');
  const hasButton = props.ctaLabel !== '' && props.ctaHref !== '';
  return (
    <BlockSection blockId={blockId} placement={placement} labelledBy={headingId}>
      <div
        className={cn('grid items-center gap-8', !placement.nested && 'md:grid-cols-2 md:gap-12')}
      >
        <div
          className={cn(
            'relative aspect-[4/3] overflow-hidden rounded-2xl bg-surface-muted sm:aspect-square',
            props.imagePosition === 'end' && 'md:order-last',
          )}
        >
          {props.image !== null ? (
            <context.Image
              src={props.image.src}
              alt={props.image.alt}
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
          <BlockHeading id={headingId} placement={placement}>
            {props.heading}
          </BlockHeading>
          <RichText html={props.body} className="mt-4 text-muted-foreground" />
          {hasButton && (
            <ButtonLink
              href={props.ctaHref}
              linkComponent={context.Link}
              variant="secondary"
              size="lg"
              className="mt-6 px-6"
            >
              {props.ctaLabel}
            </ButtonLink>
          )}
        </div>
      </div>
    </BlockSection>
  );
}

export const imageWithTextBlock = defineBlock({
  type: 'image-with-text',
  label: 'Image with text',
  description: 'A picture beside a heading, a few paragraphs and a button.',
  group: 'media',
  schema,
  defaults: {
    image: null,
    heading: 'Made with care',
    body: '<p>Pair a picture with a few sentences about a product, a maker or the way you work.</p>',
    ctaLabel: 'Read our story',
    ctaHref: '/pages/about',
    imagePosition: 'start',
  },
  fields: [
    { kind: 'image', name: 'image', label: 'Picture' },
    { kind: 'text', name: 'heading', label: 'Heading', maxLength: 120 },
    { kind: 'richtext', name: 'body', label: 'Text', maxLength: 5_000 },
    { kind: 'text', name: 'ctaLabel', label: 'Button label', maxLength: 40 },
    { kind: 'link', name: 'ctaHref', label: 'Button link' },
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
  Component: ImageWithText,
});
