import { ChevronDownIcon } from '@storeloom/ui';
import { z } from 'zod';

import { RichText } from '../../rich-text/rich-text';
import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection, blockDomId } from '../../shared/block-section';
import { BlockHeading, BlockLead } from '../../shared/block-heading';
import { plainText, requiredText, richText } from '../../shared/prop-schemas';

export const MAX_FAQ_ITEMS = 50;

const questionSchema = z.object({
  question: requiredText(200),
  answer: richText(5_000),
});

const schema = z.object({
  heading: plainText(120).default(''),
  intro: plainText(300).default(''),
  items: z
    .array(questionSchema)
    .min(1, 'Add at least one question')
    .max(MAX_FAQ_ITEMS, `At most ${String(MAX_FAQ_ITEMS)} questions`),
});

/**
 * Questions that open to show their answers. Native details/summary: keyboard and screen-reader
 * support come with the element, and it works without JavaScript.
 */
function Faq({ blockId, props, placement }: BlockComponentProps<z.output<typeof schema>>) {
  const headingId = props.heading === '' ? undefined : blockDomId(blockId, 'heading');
  return (
    <BlockSection blockId={blockId} placement={placement} labelledBy={headingId} width="narrow">
      {headingId !== undefined && (
        <div className="mb-8">
          <BlockHeading id={headingId} placement={placement}>
            {props.heading}
          </BlockHeading>
          {props.intro !== '' && <BlockLead>{props.intro}</BlockLead>}
        </div>
      )}
      <div className="divide-y divide-border border-y border-border">
        {props.items.map((item, index) => (
          // Items have no ids of their own and never reorder while rendered.
          <details key={index} className="group py-1">
            <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded-md py-4 text-left text-base font-medium text-foreground [&::-webkit-details-marker]:hidden">
              {item.question}
              <ChevronDownIcon
                aria-hidden="true"
                className="size-5 shrink-0 text-muted-foreground transition-transform group-open:rotate-180 motion-reduce:transition-none"
              />
            </summary>
            <RichText html={item.answer} className="pb-5 text-muted-foreground" />
          </details>
        ))}
      </div>
    </BlockSection>
  );
}

export const faqBlock = defineBlock({
  type: 'faq',
  label: 'FAQ',
  description: 'Questions that open to reveal their answers.',
  group: 'text',
  schema,
  defaults: {
    heading: 'Frequently asked questions',
    intro: '',
    items: [
      {
        question: 'How long does delivery take?',
        answer: '<p>Say how quickly orders ship and how long carriers usually take.</p>',
      },
      {
        question: 'Can I return an item?',
        answer: '<p>Explain your returns window and how to start a return.</p>',
      },
    ],
  },
  fields: [
    { kind: 'text', name: 'heading', label: 'Heading', maxLength: 120 },
    { kind: 'text', name: 'intro', label: 'Text under the heading', maxLength: 300 },
    {
      kind: 'list',
      name: 'items',
      label: 'Questions',
      itemLabel: 'Question',
      max: MAX_FAQ_ITEMS,
      fields: [
        { kind: 'text', name: 'question', label: 'Question', maxLength: 200 },
        { kind: 'richtext', name: 'answer', label: 'Answer', maxLength: 5_000 },
      ],
    },
  ],
  Component: Faq,
});
