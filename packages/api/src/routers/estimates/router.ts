import { createTRPCRouter } from '../../trpc.ts';
import { convert } from './convert.ts';
import { create } from './create.ts';
import { pdf } from './estimate-pdf.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { remove } from './remove.ts';
import { send } from './send.ts';
import { update } from './update.ts';

export const estimatesRouter = createTRPCRouter({
  list,
  get,
  create,
  update,
  remove,
  send,
  convert,
  pdf,
});
