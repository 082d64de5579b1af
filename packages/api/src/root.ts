import { aiRouter } from './routers/ai/router.ts';
import { authRouter } from './routers/auth/router.ts';
import { categoriesRouter } from './routers/categories/router.ts';
import { productsRouter } from './routers/products/router.ts';
import { customersRouter } from './routers/customers/router.ts';
import { reportsRouter } from './routers/reports/router.ts';
import { discountsRouter } from './routers/discounts/router.ts';
import { emailsRouter } from './routers/emails/router.ts';
import { healthRouter } from './routers/health.ts';
import { inventoryRouter } from './routers/inventory/router.ts';
import { membersRouter } from './routers/members/router.ts';
import { ordersRouter } from './routers/orders/router.ts';
import { paymentsRouter } from './routers/payments/router.ts';
import { returnsRouter } from './routers/returns/router.ts';
import { estimatesRouter } from './routers/estimates/router.ts';
import { pagesRouter } from './routers/pages/router.ts';
import { tenantsRouter } from './routers/platform/tenants/router.ts';
import { storeRouter } from './routers/store/router.ts';
import { shippingRouter } from './routers/shipping/router.ts';
import { storefrontRouter } from './routers/storefront/router.ts';
import { taxRouter } from './routers/tax/router.ts';
import { workflowsRouter } from './routers/workflows/router.ts';
import { createCallerFactory, createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  health: healthRouter,
  auth: authRouter,
  storefront: storefrontRouter,
  store: storeRouter,
  members: membersRouter,
  products: productsRouter,
  categories: categoriesRouter,
  orders: ordersRouter,
  payments: paymentsRouter,
  returns: returnsRouter,
  estimates: estimatesRouter,
  pages: pagesRouter,
  inventory: inventoryRouter,
  discounts: discountsRouter,
  shipping: shippingRouter,
  tax: taxRouter,
  customers: customersRouter,
  reports: reportsRouter,
  workflows: workflowsRouter,
  emails: emailsRouter,
  ai: aiRouter,
  platform: createTRPCRouter({ tenants: tenantsRouter }),
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
