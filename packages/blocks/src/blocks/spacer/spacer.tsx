import { cn } from '@storeloom/ui';
import { z } from 'zod';

import { type BlockComponentProps, defineBlock } from '../../registry/define-block';

const heights = { small: 'h-6', medium: 'h-12', large: 'h-24' } as const;

const schema = z.object({
  size: z.enum(['small', 'medium', 'large']).default('medium'),
  divider: z.boolean().default(false),
});

/** Breathing room between blocks, optionally with a thin rule across the middle. */
function Spacer({ props, placement }: BlockComponentProps<z.output<typeof schema>>) {
  return (
    <div
      aria-hidden={props.divider ? undefined : true}
      className={cn(
        'flex items-center',
        heights[props.size],
        !placement.nested && 'mx-auto w-full max-w-7xl px-4 sm:px-6',
      )}
    >
      {props.divider && <hr className="w-full border-border" />}
    </div>
  );
}

export const spacerBlock = defineBlock({
  type: 'spacer',
  label: 'Spacer',
  description: 'Empty space between blocks, with an optional line.',
  group: 'layout',
  schema,
  defaults: { size: 'medium', divider: false },
  fields: [
    {
      kind: 'select',
      name: 'size',
      label: 'Height',
      options: [
        { value: 'small', label: 'Small' },
        { value: 'medium', label: 'Medium' },
        { value: 'large', label: 'Large' },
      ],
    },
    { kind: 'toggle', name: 'divider', label: 'Show a line' },
  ],
  Component: Spacer,
});
