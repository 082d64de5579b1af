import { createTRPCRouter } from '../../../trpc.ts';
import { record } from './record.ts';

export const storefrontEventsRouter = createTRPCRouter({ record });
