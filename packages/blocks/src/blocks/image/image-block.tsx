import { cn } from '@storeloom/ui';
import { z } from 'zod';

import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection } from '../../shared/block-section';
import { imageSchema, optionalLinkHref, plainText } from '../../shared/prop-schemas';

const aspects = {
  wide: 'aspect-[21/9]',
  landscape: 'aspect-video',
  classic: 'aspect-[4/3]',
  square: 'aspect-square',
} as const;

const schema = z
  .object({
    image: imageSchema.nullable().default(null),
    caption: plainText(300).default(''),
    aspect: z.enum(['wide', 'landscape', 'classic', 'square']).default('landscape'),
    href: optionalLinkHref.default(''),
  })
  // The alt text is the link's only name, so a linked picture cannot be decorative.
  .refine((props) => props.href === '' || props.image === null || props.image.alt !== '', {
    message: 'Describe the picture: it is a link, and the description is its name',
    path: ['image', 'alt'],
  });

/** One picture, optionally captioned and linked. Nothing shows until an image is chosen. */
function ImageBlock({
  blockId,
  props,
  context,
  placement,
}: BlockComponentProps<z.output<typeof schema>>) {
  const { image } = props;
  if (image === null) return null;
  const picture = (
    <div
      className={cn('relative overflow-hidden rounded-xl bg-surface-muted', aspects[props.aspect])}
    >
      <context.Image
        src={image.src}
        alt={image.alt}
        sizes={
          placement.nested ? '(min-width: 1024px) 40vw, 100vw' : '(min-width: 1280px) 1216px, 100vw'
        }
        eager={placement.eager}
        className="object-cover"
      />
    </div>
  );
  return (
    <BlockSection blockId={blockId} placement={placement}>
      <figure>
        {props.href === '' ? (
          picture
        ) : (
          <context.Link href={props.href} className="block rounded-xl">
            {picture}
          </context.Link>
        )}
        {props.caption !== '' && (
          <figcaption className="mt-3 text-sm text-muted-foreground">{props.caption}</figcaption>
        )}
      </figure>
    </BlockSection>
  );
}

export const imageBlock = defineBlock({
  type: 'image',
  label: 'Image',
  description: 'A single picture with an optional caption and link.',
  group: 'media',
  schema,
  defaults: { image: null, caption: '', aspect: 'landscape', href: '' },
  fields: [
    { kind: 'image', name: 'image', label: 'Picture' },
    { kind: 'text', name: 'caption', label: 'Caption', maxLength: 300 },
    {
      kind: 'select',
      name: 'aspect',
      label: 'Shape',
      options: [
        { value: 'wide', label: 'Panorama (21:9)' },
        { value: 'landscape', label: 'Landscape (16:9)' },
        { value: 'classic', label: 'Classic (4:3)' },
        { value: 'square', label: 'Square' },
      ],
    },
    { kind: 'link', name: 'href', label: 'Link (optional)' },
  ],
  Component: ImageBlock,
});
