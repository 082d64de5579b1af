import { createTRPCRouter } from '../../../trpc.ts';
import { confirm } from './confirm.ts';
import { subscribe } from './subscribe.ts';
import { unsubscribe } from './unsubscribe.ts';

export const storefrontNewsletterRouter = createTRPCRouter({ subscribe, confirm, unsubscribe });
