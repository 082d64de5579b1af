import { createTRPCRouter } from '../../../../trpc.ts';
import { create } from './create.ts';
import { deleteAddress } from './delete.ts';
import { list } from './list.ts';
import { setDefault } from './set-default.ts';
import { update } from './update.ts';

export const accountAddressesRouter = createTRPCRouter({
  list,
  create,
  update,
  delete: deleteAddress,
  setDefault,
});
