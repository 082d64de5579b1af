import { TRPCError } from '@trpc/server';

import type { Context } from '../context.ts';

export function requireLocalAuth(ctx: Pick<Context, 'authEnv'>): void {
  if (ctx.authEnv().AUTH_PROVIDER !== 'local') {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'This deployment signs in through Clerk',
    });
  }
}
