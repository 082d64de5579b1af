import { createTrpcRouteHandler } from '@storeloom/client/next';

import { env } from '~/env';

const handler = createTrpcRouteHandler({
  app: 'storefront',
  logErrors: env.NODE_ENV === 'development',
});

export { handler as GET, handler as POST };
