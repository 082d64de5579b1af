import { z } from 'zod';

import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { blockDomId } from '../../shared/block-section';
import { COLUMN_BLOCK_TYPE } from './columns';

export const MAX_BLOCKS_PER_COLUMN = 12;

const schema = z.object({});

/** One column of a columns block: its blocks stacked. */
function Column({ blockId, children }: BlockComponentProps<z.output<typeof schema>>) {
  return (
    <div id={blockDomId(blockId)} className="flex min-w-0 flex-col gap-8">
      {children}
    </div>
  );
}

export const columnBlock = defineBlock({
  type: COLUMN_BLOCK_TYPE,
  label: 'Column',
  description: 'One column inside a columns block.',
  group: 'layout',
  schema,
  defaults: {},
  fields: [],
  container: { minChildren: 0, maxChildren: MAX_BLOCKS_PER_COLUMN },
  allowedParents: ['columns'],
  Component: Column,
});
