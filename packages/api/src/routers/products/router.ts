import { createTRPCRouter } from '../../trpc.ts';
import { attachMedia } from './attach-media.ts';
import { bulkChangePrices } from './bulk-change-prices.ts';
import { bulkSetStatus } from './bulk-set-status.ts';
import { create } from './create.ts';
import { remove } from './delete.ts';
import { detachMedia } from './detach-media.ts';
import { exportCsv } from './export-csv.ts';
import { get } from './get.ts';
import { importCsv } from './import-csv.ts';
import { list } from './list.ts';
import { reorderMedia } from './reorder-media.ts';
import { setCategories } from './set-categories.ts';
import { setOptions } from './set-options.ts';
import { setStatus } from './set-status.ts';
import { update } from './update.ts';
import { updateMedia } from './update-media.ts';
import { updateVariant } from './update-variant.ts';

/** Merchant catalogue: products, their options and variants, media, bulk actions and CSV. */
export const productsRouter = createTRPCRouter({
  list,
  get,
  create,
  update,
  setStatus,
  delete: remove,
  setOptions,
  updateVariant,
  setCategories,
  attachMedia,
  detachMedia,
  reorderMedia,
  updateMedia,
  bulkChangePrices,
  bulkSetStatus,
  exportCsv,
  importCsv,
});
