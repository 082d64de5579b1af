'use client';

import { createTRPCReactKit } from '@storeloom/client/react';

import { clientEnv } from '~/client-env';

export const { TRPCReactProvider, useTRPC } = createTRPCReactKit({
  source: 'storefront-react',
  // PORT is server-only: read lazily, only while rendering on the server.
  serverBaseUrl: () => `http://localhost:${clientEnv.serverPort()}`,
  logging: () => clientEnv.isDevelopment,
});
