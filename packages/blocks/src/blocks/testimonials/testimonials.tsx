import { cn } from '@storeloom/ui';
import { z } from 'zod';

import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection, blockDomId } from '../../shared/block-section';
import { BlockHeading } from '../../shared/block-heading';
import { plainText, requiredText } from '../../shared/prop-schemas';

export const MAX_TESTIMONIALS = 12;

const testimonialSchema = z.object({
  quote: requiredText(600),
  author: requiredText(120),
});

const schema = z.object({
  heading: plainText(120).default(''),
  items: z
    .array(testimonialSchema)
    .min(1, 'Add at least one testimonial')
    .max(MAX_TESTIMONIALS, `At most ${String(MAX_TESTIMONIALS)} testimonials`),
});

/** Customers' words, as quotes with their names. */
function Testimonials({ blockId, props, placement }: BlockComponentProps<z.output<typeof schema>>) {
  const headingId = props.heading === '' ? undefined : blockDomId(blockId, 'heading');
  return (
    <BlockSection blockId={blockId} placement={placement} labelledBy={headingId} tone="accent-soft">
      {headingId !== undefined && (
        <BlockHeading id={headingId} placement={placement} className="mb-8">
          {props.heading}
        </BlockHeading>
      )}
      <ul className={cn('grid gap-6', !placement.nested && 'md:grid-cols-3')}>
        {props.items.map((item, index) => (
          // Items have no ids of their own and never reorder while rendered.
          <li key={index}>
            <figure className="flex h-full flex-col justify-between rounded-xl border border-border bg-surface p-6 shadow-xs">
              <blockquote className="text-base leading-7 text-pretty text-foreground">
                <p>
                  <span
                    aria-hidden="true"
                    className="mr-0.5 font-serif text-2xl leading-none text-accent"
                  >
                    “
                  </span>
                  {item.quote}
                </p>
              </blockquote>
              <figcaption className="mt-6 text-sm font-medium text-muted-foreground">
                {item.author}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </BlockSection>
  );
}

export const testimonialsBlock = defineBlock({
  type: 'testimonials',
  label: 'Testimonials',
  description: 'Quotes from happy customers.',
  group: 'marketing',
  schema,
  defaults: {
    heading: 'What our customers say',
    items: [
      { quote: 'Write what a customer said about their order.', author: 'Customer name, City' },
      { quote: 'A second quote makes the section feel alive.', author: 'Customer name, City' },
      { quote: 'Three quotes fill a row on wide screens.', author: 'Customer name, City' },
    ],
  },
  fields: [
    { kind: 'text', name: 'heading', label: 'Heading', maxLength: 120 },
    {
      kind: 'list',
      name: 'items',
      label: 'Testimonials',
      itemLabel: 'Testimonial',
      max: MAX_TESTIMONIALS,
      fields: [
        { kind: 'text', name: 'quote', label: 'Quote', maxLength: 600, multiline: true },
        { kind: 'text', name: 'author', label: 'Name', maxLength: 120 },
      ],
    },
  ],
  Component: Testimonials,
});
