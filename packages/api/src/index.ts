import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

import type { AppRouter } from './root.ts';

export { appRouter, createCaller, type AppRouter } from './root.ts';
export { createContext, createContextInner, type AppName, type Context } from './context.ts';
export type { RequestSession } from './session/resolve-session.ts';
export { installStorefrontReadCache } from './cache/storefront-read-cache.ts';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { handlePaymentWebhook } from './webhooks/handle-payment-webhook.ts';
export { createInngestRouteHandlers } from '@storeloom/workflows/next';
export { startWorkflowsInProcess } from '@storeloom/workflows/in-process';
