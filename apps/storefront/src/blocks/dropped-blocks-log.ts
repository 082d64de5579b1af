import 'server-only';

import { createDroppedBlockReporter } from '@storeloom/blocks';

/**
 * One per server process: a published page with a block this storefront cannot render logs it
 * once, not on every visit.
 */
export const reportDroppedBlocks = createDroppedBlockReporter({
  log: (message) => {
    console.warn(message);
  },
});
