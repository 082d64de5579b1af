import { createTRPCRouter } from '../../../trpc.ts';
import { list } from './list.ts';
import { request } from './request.ts';

export const storefrontReturnsRouter = createTRPCRouter({ list, request });
