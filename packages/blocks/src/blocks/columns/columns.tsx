import { cn } from '@storeloom/ui';
import { Children } from 'react';
import { z } from 'zod';

import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection } from '../../shared/block-section';

export const COLUMN_BLOCK_TYPE = 'column';

const gaps = { small: 'gap-4', medium: 'gap-8', large: 'gap-12' } as const;

/** Grid tracks from the medium breakpoint up; columns stack on small screens. */
function tracks(layout: 'equal' | 'wide-start' | 'wide-end', count: number): string {
  if (layout === 'wide-start') {
    return count === 2
      ? 'md:grid-cols-[2fr_1fr]'
      : count === 3
        ? 'md:grid-cols-[2fr_1fr_1fr]'
        : 'md:grid-cols-[2fr_1fr_1fr_1fr]';
  }
  if (layout === 'wide-end') {
    return count === 2
      ? 'md:grid-cols-[1fr_2fr]'
      : count === 3
        ? 'md:grid-cols-[1fr_1fr_2fr]'
        : 'md:grid-cols-[1fr_1fr_1fr_2fr]';
  }
  return count <= 2
    ? 'md:grid-cols-2'
    : count === 3
      ? 'md:grid-cols-3'
      : 'md:grid-cols-2 lg:grid-cols-4';
}

const schema = z.object({
  layout: z.enum(['equal', 'wide-start', 'wide-end']).default('equal'),
  gap: z.enum(['small', 'medium', 'large']).default('medium'),
  verticalAlign: z.enum(['top', 'center']).default('top'),
});

/**
 * Two to four columns side by side. Each child is a `column` block, itself a container, so any
 * block can sit in a column and be moved between columns like between pages.
 */
function Columns({
  blockId,
  props,
  placement,
  children,
}: BlockComponentProps<z.output<typeof schema>>) {
  return (
    <BlockSection blockId={blockId} placement={placement}>
      <div
        className={cn(
          'grid grid-cols-1',
          gaps[props.gap],
          tracks(props.layout, Children.count(children)),
          props.verticalAlign === 'center' ? 'items-center' : 'items-start',
        )}
      >
        {children}
      </div>
    </BlockSection>
  );
}

export const columnsBlock = defineBlock({
  type: 'columns',
  label: 'Columns',
  description: 'Two to four columns, each holding its own blocks.',
  group: 'layout',
  schema,
  defaults: { layout: 'equal', gap: 'medium', verticalAlign: 'top' },
  fields: [
    {
      kind: 'select',
      name: 'layout',
      label: 'Widths',
      options: [
        { value: 'equal', label: 'Equal' },
        { value: 'wide-start', label: 'First column wider' },
        { value: 'wide-end', label: 'Last column wider' },
      ],
    },
    {
      kind: 'select',
      name: 'gap',
      label: 'Space between columns',
      options: [
        { value: 'small', label: 'Small' },
        { value: 'medium', label: 'Medium' },
        { value: 'large', label: 'Large' },
      ],
    },
    {
      kind: 'select',
      name: 'verticalAlign',
      label: 'Vertical alignment',
      options: [
        { value: 'top', label: 'Top' },
        { value: 'center', label: 'Centre' },
      ],
    },
  ],
  container: { childTypes: [COLUMN_BLOCK_TYPE], minChildren: 2, maxChildren: 4 },
  Component: Columns,
});
