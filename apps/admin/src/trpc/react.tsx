'use client';

import { createTRPCReactKit } from '@storeloom/client/react';

import { env } from '~/env';

export const { TRPCReactProvider, useTRPC } = createTRPCReactKit({
  source: 'admin-react',
  // PORT is server-only: read lazily, only while rendering on the server.
  serverBaseUrl: () => `http://localhost:${env.PORT}`,
  logging: () => env.NODE_ENV === 'development',
});
