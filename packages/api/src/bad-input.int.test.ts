import type { AnyTRPCProcedure } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { appRouter } from './root.ts';
import { CART_COOKIE, CUSTOMER_SESSION_COOKIE } from './session/shopper-cookies.ts';
import { callerFor, sessionFor } from './testing/callers.ts';
import { openShopperSession } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { fingerprint } from './testing/fingerprint.ts';
import { sampleInput } from './testing/sample-input.ts';
import type { Meta } from './trpc.ts';

/**
 * Every procedure that takes input is fed wrong types, oversized strings and negative numbers,
 * one field at a time, as a caller who is otherwise allowed to call it. Each must answer
 * BAD_REQUEST with a message, and the store must be unchanged.
 */

function isProcedure(value: unknown): value is AnyTRPCProcedure {
  return (
    typeof value === 'function' &&
    '_def' in value &&
    typeof value._def === 'object' &&
    value._def !== null &&
    'procedure' in value._def
  );
}

const flatProcedures: Record<string, unknown> = appRouter._def.procedures;
const withInput = Object.entries(flatProcedures).flatMap(([path, procedure]) => {
  if (!isProcedure(procedure)) return [];
  const schema = procedure._def.inputs[0] as z.ZodType | undefined;
  return schema instanceof z.ZodObject ? [{ path, schema, meta: procedure._def.meta as Meta }] : [];
});

type Mutation = { name: string; apply: (value: unknown) => unknown };
const mutations: Mutation[] = [
  {
    name: 'wrong type',
    apply: (value) => (typeof value === 'string' ? 12345 : 'not-the-right-type'),
  },
  {
    name: 'oversized string',
    apply: (value) => (typeof value === 'string' ? 'x'.repeat(100_000) : null),
  },
  { name: 'negative number', apply: (value) => (typeof value === 'number' ? -1 : undefined) },
];

const cases = withInput.flatMap(({ path, schema, meta }) => {
  const base = sampleInput(schema, {}) as Record<string, unknown>;
  return Object.keys(base).flatMap((field) =>
    mutations.flatMap((mutation) => {
      const mutated = mutation.apply(base[field]);
      if (mutated === undefined) return [];
      const input = { ...base, [field]: mutated };
      // Some mutations are still valid for a field (null for a nullable one); only invalid ones are cases.
      if (schema.safeParse(input).success) return [];
      return [{ label: `${path} with ${mutation.name} in ${field}`, path, meta, input }];
    }),
  );
});

const setup = useTwoStoreDatabase();
let before: string;

beforeAll(async () => {
  before = await fingerprint(setup.database, setup.fixture.storeA.tenantId);
});

describe('bad input', () => {
  it('has cases for every procedure with input', () => {
    expect(new Set(cases.map((c) => c.path)).size).toBe(withInput.length);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s is a BAD_REQUEST', async (_label, c) => {
    const { storeA, operator } = setup.fixture;
    const session =
      c.meta.scope === 'platform'
        ? sessionFor({ ...operator, isPlatformOperator: true }, null)
        : sessionFor(storeA.members.owner, storeA.tenantId);
    const caller = callerFor(setup.database, {
      session,
      host: storeA.host,
      app: c.meta.scope === 'storefront' ? 'storefront' : 'admin',
      // A signed-in shopper with a cart, so customer-only procedures reach their input checks.
      cookies: {
        [CUSTOMER_SESSION_COOKIE]: await openShopperSession(setup.database, storeA),
        [CART_COOKIE]: storeA.shopper.cartToken,
      },
    });
    let target: unknown = caller;
    for (const part of c.path.split('.')) target = (target as Record<string, unknown>)[part];
    const error = await (target as (input: unknown) => Promise<unknown>)(c.input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message.length).toBeGreaterThan(0);
  });

  it('changed nothing in the store', async () => {
    expect(await fingerprint(setup.database, setup.fixture.storeA.tenantId)).toBe(before);
  });
});
