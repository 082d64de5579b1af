import { createTRPCRouter } from '../../../trpc.ts';
import { accept } from './accept.ts';
import { decline } from './decline.ts';
import { pdf } from './pdf.ts';
import { view } from './view.ts';

export const storefrontEstimatesRouter = createTRPCRouter({ view, pdf, accept, decline });
