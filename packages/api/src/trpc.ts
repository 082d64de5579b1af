import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';

import { hasPermission, type Permission } from '@storeloom/auth';
import { type Actor, resolveCustomerSession, type SignedInCustomer } from '@storeloom/core';
import { unscoped } from '@storeloom/db/unscoped';

import { cachedCatalogRead as readCatalogThroughCache } from './cache/storefront-read-cache.ts';
import type { Context } from './context.ts';
import { env } from './env.ts';
import { toTRPCError } from './errors/to-trpc-error.ts';
import { transformer } from './transformer.ts';
import { resolveMember } from './session/resolve-member.ts';
import { resolveStorefrontStore } from './session/resolve-storefront-store.ts';
import { CUSTOMER_SESSION_COOKIE } from './session/shopper-cookies.ts';

export type ProcedureScope = 'public' | 'authed' | 'storefront' | 'merchant' | 'platform';

export interface Meta {
  /** Set by the procedure builder; the isolation suite finds every tenant-scoped procedure by it. */
  scope?: ProcedureScope;
  /** The permission a merchant procedure needs; checked against the member's role. */
  permission?: Permission;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer,
    errorFormatter({ shape, error, ctx }) {
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        ...shape,
        // A 500 never shows its cause to the caller; the request id ties it to the server log.
        message: internal
          ? 'Something went wrong. Quote the request id if it persists.'
          : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          requestId: ctx?.requestId ?? null,
          zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
          ...(env.NODE_ENV === 'development' && !internal ? { stack: shape.data.stack } : {}),
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Maps domain errors to tRPC codes, and logs what is a bug. tRPC wraps anything thrown that is
 * not a TRPCError as INTERNAL_SERVER_ERROR with the original as `cause`; that is what gets mapped.
 */
const errorMapping = t.middleware(async ({ next, path, ctx }) => {
  const result = await next();
  if (result.ok) return result;
  const { error } = result;
  const mapped =
    error.code === 'INTERNAL_SERVER_ERROR' && error.cause ? toTRPCError(error.cause) : error;
  if (mapped.code === 'INTERNAL_SERVER_ERROR') {
    console.error(`[trpc] ${path} failed (request ${ctx.requestId}):`, error.cause ?? error);
  }
  throw mapped;
});

function actorOf(ctx: Context, type: Actor['type']): Actor {
  return {
    type,
    id: ctx.session?.user.id ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };
}

export const publicProcedure = t.procedure.meta({ scope: 'public' }).use(errorMapping);

/** Storefront calls: the store comes from the request host; suspended stores answer 503. */
export const storefrontProcedure = publicProcedure
  .meta({ scope: 'storefront' })
  .use(async ({ ctx, next }) => {
    const store = await resolveStorefrontStore({
      database: ctx.database,
      host: ctx.host,
      rootDomain: env.STORELOOM_ROOT_DOMAIN,
    });
    const db = ctx.database.forTenant(store.id);
    // Resolved on first use: most storefront calls (browse, search) never need the shopper.
    let customer: Promise<SignedInCustomer | null> | undefined;
    const currentCustomer = () =>
      (customer ??= resolveCustomerSession({
        db,
        token: ctx.cookies.get(CUSTOMER_SESSION_COOKIE),
      }));
    /** Catalog reads go through the per-process cache that store changes invalidate. */
    const cachedCatalogRead = <T>(procedure: string, input: unknown, load: () => Promise<T>) =>
      readCatalogThroughCache(ctx.database, store.id, procedure, input, load);
    return next({ ctx: { store, tenantId: store.id, db, currentCustomer, cachedCatalogRead } });
  });

/** Storefront calls that need a signed-in shopper of the host's store. */
export const customerProcedure = storefrontProcedure.use(async ({ ctx, next }) => {
  const customer = await ctx.currentCustomer();
  if (!customer) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to your account to continue' });
  }
  return next({ ctx: { customer } });
});

export const authedProcedure = publicProcedure.meta({ scope: 'authed' }).use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  return next({ ctx: { session: ctx.session } });
});

/**
 * Admin and builder calls: the member's active store, their role, and the permission the
 * procedure declares in `.meta({ permission })`.
 */
export const merchantProcedure = authedProcedure
  .meta({ scope: 'merchant' })
  .use(async ({ ctx, meta, next }) => {
    const member = await resolveMember({ database: ctx.database, session: ctx.session });
    if (meta?.permission && !hasPermission(member.role, meta.permission)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `Your role (${member.role}) cannot do this`,
      });
    }
    return next({
      ctx: {
        tenantId: member.tenantId,
        member,
        db: ctx.database.forTenant(member.tenantId),
        actor: actorOf(ctx, 'user'),
      },
    });
  });

/** Operator console calls: no store scope, the cross-tenant client, every action audited. */
export const platformProcedure = authedProcedure
  .meta({ scope: 'platform' })
  .use(({ ctx, next }) => {
    if (!ctx.session.user.isPlatformOperator) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Platform operators only' });
    }
    return next({ ctx: { db: unscoped(ctx.database), actor: actorOf(ctx, 'operator') } });
  });
