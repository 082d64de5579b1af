import { authRouter } from './routers/auth/router.ts';
import { healthRouter } from './routers/health.ts';
import { membersRouter } from './routers/members/router.ts';
import { pagesRouter } from './routers/pages/router.ts';
import { tenantsRouter } from './routers/platform/tenants/router.ts';
import { storeRouter } from './routers/store/router.ts';
import { storefrontRouter } from './routers/storefront/router.ts';
import { createCallerFactory, createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  health: healthRouter,
  auth: authRouter,
  storefront: storefrontRouter,
  store: storeRouter,
  members: membersRouter,
  pages: pagesRouter,
  platform: createTRPCRouter({ tenants: tenantsRouter }),
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
