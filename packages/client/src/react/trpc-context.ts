'use client';

import type { AppRouter } from '@storeloom/api';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/*
 * One context for every app: each app mounts exactly one provider, so sharing it lets shared
 * components (the sign-out button, the local sign-in form) call procedures without being handed
 * the app's hook.
 */
export const { useTRPC, useTRPCClient, TRPCProvider } = createTRPCContext<AppRouter>();
