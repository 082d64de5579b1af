import { createTRPCRouter } from '../../trpc.ts';
import { storefrontCatalogRouter } from './catalog/router.ts';
import { currentStore } from './current-store.ts';

export const storefrontRouter = createTRPCRouter({
  store: createTRPCRouter({ current: currentStore }),
  catalog: storefrontCatalogRouter,
});
