import { createTRPCRouter } from '../../../trpc.ts';
import { accept } from './accept.ts';
import { decline } from './decline.ts';
import { view } from './view.ts';

export const storefrontEstimatesRouter = createTRPCRouter({ view, accept, decline });
