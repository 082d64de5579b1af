import { createTRPCRouter } from '../../trpc.ts';
import { storefrontAccountRouter } from './account/router.ts';
import { storefrontCartRouter } from './cart/router.ts';
import { storefrontCatalogRouter } from './catalog/router.ts';
import { storefrontCheckoutRouter } from './checkout/router.ts';
import { currentStore } from './current-store.ts';
import { storefrontEstimatesRouter } from './estimates/router.ts';
import { storefrontEventsRouter } from './events/router.ts';
import { storefrontNewsletterRouter } from './newsletter/router.ts';
import { storefrontPagesRouter } from './pages/router.ts';
import { storefrontReturnsRouter } from './returns/router.ts';
import { storefrontSeoRouter } from './seo/router.ts';

export const storefrontRouter = createTRPCRouter({
  store: createTRPCRouter({ current: currentStore }),
  catalog: storefrontCatalogRouter,
  pages: storefrontPagesRouter,
  returns: storefrontReturnsRouter,
  estimates: storefrontEstimatesRouter,
  cart: storefrontCartRouter,
  checkout: storefrontCheckoutRouter,
  account: storefrontAccountRouter,
  events: storefrontEventsRouter,
  newsletter: storefrontNewsletterRouter,
  seo: storefrontSeoRouter,
});
