import { z } from 'zod';

import { emailSchema } from '@storeloom/validators';

import { accountService } from '../../session/account-service.ts';
import { issueSession } from '../../session/issue-session.ts';
import { requireLocalAuth } from '../../session/require-local-auth.ts';
import { publicProcedure } from '../../trpc.ts';

/** Local auth sign-in: sets the session cookie and opens the person's first active store. */
export const signIn = publicProcedure
  .input(
    z.object({ email: emailSchema, password: z.string().min(1, 'Enter your password').max(200) }),
  )
  .mutation(async ({ ctx, input }) => {
    requireLocalAuth(ctx);
    const { user, memberships } = await accountService(ctx.database).signIn({
      ...input,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    const activeTenantId = memberships.find((m) => m.store.status === 'active')?.store.id ?? null;
    await issueSession(ctx, { user, activeTenantId });
    return { user, activeTenantId, memberships };
  });
