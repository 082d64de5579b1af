import { createTRPCRouter } from '../../trpc.ts';
import { create } from './create.ts';
import { deactivate } from './deactivate.ts';
import { deleteDiscount } from './delete.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { update } from './update.ts';

export const discountsRouter = createTRPCRouter({
  list,
  get,
  create,
  update,
  deactivate,
  delete: deleteDiscount,
});
