import { createTRPCRouter } from '../../trpc.ts';
import { breadcrumbs } from './breadcrumbs.ts';
import { create } from './create.ts';
import { remove } from './delete.ts';
import { move } from './move.ts';
import { products } from './products.ts';
import { reorder } from './reorder.ts';
import { tree } from './tree.ts';
import { update } from './update.ts';

/** Merchant category tree: edit, move, reorder, and browse products by subtree. */
export const categoriesRouter = createTRPCRouter({
  tree,
  breadcrumbs,
  products,
  create,
  update,
  move,
  reorder,
  delete: remove,
});
