import { createTRPCRouter } from '../../trpc.ts';
import { createRate } from './create-rate.ts';
import { deleteRate } from './delete-rate.ts';
import { listRates } from './list-rates.ts';
import { updateRate } from './update-rate.ts';

export const taxRouter = createTRPCRouter({
  rates: createTRPCRouter({
    list: listRates,
    create: createRate,
    update: updateRate,
    delete: deleteRate,
  }),
});
