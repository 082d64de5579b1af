import { createTRPCRouter } from '../../trpc.ts';
import { storefrontAccountRouter } from './account/router.ts';
import { storefrontCartRouter } from './cart/router.ts';
import { storefrontCatalogRouter } from './catalog/router.ts';
import { storefrontCheckoutRouter } from './checkout/router.ts';
import { currentStore } from './current-store.ts';
import { storefrontEstimatesRouter } from './estimates/router.ts';
import { storefrontReturnsRouter } from './returns/router.ts';

export const storefrontRouter = createTRPCRouter({
  store: createTRPCRouter({ current: currentStore }),
  catalog: storefrontCatalogRouter,
  returns: storefrontReturnsRouter,
  estimates: storefrontEstimatesRouter,
  cart: storefrontCartRouter,
  checkout: storefrontCheckoutRouter,
  account: storefrontAccountRouter,
});
