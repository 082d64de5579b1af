import { createTrpcRouteHandler } from '@storeloom/client/next';

import { env } from '~/env';

const handler = createTrpcRouteHandler({ app: 'admin', logErrors: env.NODE_ENV === 'development' });

export { handler as GET, handler as POST };
