import { createTRPCRouter } from '../../trpc.ts';
import { approve } from './approve.ts';
import { approveExchange } from './approve-exchange.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { receive } from './receive.ts';
import { refund } from './refund.ts';
import { reject } from './reject.ts';

export const returnsRouter = createTRPCRouter({
  list,
  get,
  approve,
  approveExchange,
  reject,
  receive,
  refund,
});
