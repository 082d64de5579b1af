import { accountService } from '../../session/account-service.ts';
import { publicProcedure } from '../../trpc.ts';

/** Who is signed in, their stores and the active one; null when signed out. */
export const session = publicProcedure.query(async ({ ctx }) => {
  if (!ctx.session) return null;
  const memberships = await accountService(ctx.database).users.listMemberships(ctx.session.user.id);
  const active =
    memberships.find((m) => m.store.id === ctx.session?.activeTenantId) ?? memberships[0] ?? null;
  return {
    user: ctx.session.user,
    provider: ctx.session.provider,
    activeStore: active ? { ...active.store, role: active.role } : null,
    memberships,
  };
});
