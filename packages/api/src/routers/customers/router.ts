import { createTRPCRouter } from '../../trpc.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { update } from './update.ts';

export const customersRouter = createTRPCRouter({ list, get, update });
