import { storefrontProcedure } from '../../trpc.ts';

/** The store this host serves; 404 for unknown hosts, 503 while suspended. */
export const currentStore = storefrontProcedure.query(({ ctx }) =>
  ctx.cachedCatalogRead('currentStore', null, async () => {
    const theme = await ctx.db.tenant.findUnique({
      where: { id: ctx.tenantId },
      select: { theme: true },
    });
    return { ...ctx.store, theme: theme?.theme ?? {} };
  }),
);
