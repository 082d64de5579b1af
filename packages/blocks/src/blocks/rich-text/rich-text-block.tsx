import { z } from 'zod';

import { RichText } from '../../rich-text/rich-text';
import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection } from '../../shared/block-section';
import { richText } from '../../shared/prop-schemas';

const schema = z.object({
  html: richText(),
  width: z.enum(['narrow', 'wide']).default('narrow'),
});

/** Formatted text. The HTML is sanitised when parsed and again when rendered. */
function RichTextBlock({
  blockId,
  props,
  placement,
}: BlockComponentProps<z.output<typeof schema>>) {
  if (props.html === '') return null;
  return (
    <BlockSection blockId={blockId} placement={placement} width={props.width}>
      <RichText html={props.html} />
    </BlockSection>
  );
}

export const richTextBlock = defineBlock({
  type: 'rich-text',
  label: 'Rich text',
  description: 'Paragraphs, headings, lists, quotes and links.',
  group: 'text',
  schema,
  defaults: {
    html: '<h2>Tell your story</h2><p>Share what your store is about, how you choose your products and what shoppers can expect.</p>',
    width: 'narrow',
  },
  fields: [
    { kind: 'richtext', name: 'html', label: 'Text', maxLength: 20_000 },
    {
      kind: 'select',
      name: 'width',
      label: 'Width',
      options: [
        { value: 'narrow', label: 'Comfortable reading width' },
        { value: 'wide', label: 'Full width' },
      ],
    },
  ],
  Component: RichTextBlock,
});
