import { clearSessionCookie } from '@storeloom/auth';

import { publicProcedure } from '../../trpc.ts';

export const signOut = publicProcedure.mutation(({ ctx }) => {
  ctx.resHeaders.append('set-cookie', clearSessionCookie(ctx.host));
  return { signedOut: true };
});
