import { TRPCError } from '@trpc/server';
import { z } from 'zod';

import { idSchema } from '@storeloom/validators';

import { accountService } from '../../session/account-service.ts';
import { issueSession } from '../../session/issue-session.ts';
import { requireLocalAuth } from '../../session/require-local-auth.ts';
import { authedProcedure } from '../../trpc.ts';

/** Makes another of the person's stores the active one (Clerk switches organizations itself). */
export const switchStore = authedProcedure
  .input(z.object({ tenantId: idSchema }))
  .mutation(async ({ ctx, input }) => {
    requireLocalAuth(ctx);
    const memberships = await accountService(ctx.database).users.listMemberships(
      ctx.session.user.id,
    );
    const target = memberships.find((m) => m.store.id === input.tenantId);
    if (!target) throw new TRPCError({ code: 'NOT_FOUND', message: 'Store not found' });
    await issueSession(ctx, {
      user: ctx.session.user,
      activeTenantId: target.store.id,
      sessionId: ctx.session.sessionId,
    });
    return { activeStore: { ...target.store, role: target.role } };
  });
