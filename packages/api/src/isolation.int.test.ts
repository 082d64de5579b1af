import type { AnyTRPCProcedure } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { createDatabase, type Database } from '@storeloom/db';
import { createTestDatabase, type TestDatabase } from '@storeloom/db/testing';
import {
  createTwoStoreFixture,
  openShopperSession,
  type StoreFixture,
  type TwoStoreFixture,
} from '@storeloom/testing';

import { appRouter } from './root.ts';
import { CART_COOKIE, CUSTOMER_SESSION_COOKIE } from './session/shopper-cookies.ts';
import { callerFor, sessionFor } from './testing/callers.ts';
import { fingerprint } from './testing/fingerprint.ts';
import { sampleInput } from './testing/sample-input.ts';
import type { Meta } from './trpc.ts';

/**
 * Every tenant-scoped procedure in the app router, found from its builder's scope, is called as
 * store B (B's owner, or from B's host) with store A's ids. It must answer NOT_FOUND/FORBIDDEN or
 * return nothing of A's, and A's rows must be unchanged afterwards. New procedures are covered
 * without editing this file. The suite runs over the application role (both walls) and over a
 * superuser connection (RLS bypassed, so the scoping extension alone must hold).
 */

interface ProcedureEntry {
  path: string;
  procedure: AnyTRPCProcedure;
  meta: Meta;
}

function isProcedure(value: unknown): value is AnyTRPCProcedure {
  return (
    typeof value === 'function' &&
    '_def' in value &&
    typeof value._def === 'object' &&
    value._def !== null &&
    'procedure' in value._def
  );
}

// At runtime the router keeps a flat "path -> procedure" record.
const flatProcedures: Record<string, unknown> = appRouter._def.procedures;
const procedures: ProcedureEntry[] = Object.entries(flatProcedures).flatMap(([path, procedure]) =>
  isProcedure(procedure) ? [{ path, procedure, meta: procedure._def.meta ?? {} }] : [],
);
const scoped = procedures.filter(
  (p) => p.meta.scope === 'merchant' || p.meta.scope === 'storefront',
);

function idsAimedAt(store: StoreFixture): Record<string, string> {
  return {
    id: store.ids.productId,
    tenantId: store.tenantId,
    memberId: store.members.viewer.memberId,
    ...store.ids,
  };
}

async function callProcedure(
  database: Database,
  entry: ProcedureEntry,
  attacker: StoreFixture,
  victim: StoreFixture,
) {
  // Storefront calls come from B's signed-in shopper with B's cart, so customer-only procedures
  // run too and must still find nothing of A's.
  const caller =
    entry.meta.scope === 'storefront'
      ? callerFor(database, {
          app: 'storefront',
          host: attacker.host,
          cookies: {
            [CUSTOMER_SESSION_COOKIE]: await openShopperSession(database, attacker),
            [CART_COOKIE]: attacker.shopper.cartToken,
          },
        })
      : callerFor(database, {
          app: 'admin',
          session: sessionFor(attacker.members.owner, attacker.tenantId),
        });
  const inputSchema = entry.procedure._def.inputs[0] as z.ZodType | undefined;
  const input = inputSchema ? sampleInput(inputSchema, idsAimedAt(victim)) : undefined;
  if (inputSchema)
    expect(
      inputSchema.safeParse(input).success,
      `${entry.path}: generated input must be valid`,
    ).toBe(true);
  let target: unknown = caller;
  for (const part of entry.path.split('.')) target = (target as Record<string, unknown>)[part];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

function leakedValues(output: unknown, victim: StoreFixture): string[] {
  const text = JSON.stringify(output ?? null);
  return [...victim.ownedIds, victim.name, victim.slug].filter((value) => text.includes(value));
}

describe('tenant-scoped procedures', () => {
  it('are found: the app router has merchant and storefront procedures, and every procedure has a scope', () => {
    expect(scoped.length).toBeGreaterThanOrEqual(8);
    expect(procedures.filter((p) => !p.meta.scope).map((p) => p.path)).toEqual([]);
  });
});

describe.each([
  ['the application role (scoping extension + RLS)', 'appUrl'],
  ['a superuser connection (scoping extension alone)', 'adminUrl'],
] as const)('isolation over %s', (_label, urlKey) => {
  let testDb: TestDatabase;
  let setupDb: Database;
  let database: Database;
  let fixture: TwoStoreFixture;
  let before: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    setupDb = createDatabase({ url: testDb.appUrl });
    fixture = await createTwoStoreFixture(setupDb);
    database = createDatabase({ url: testDb[urlKey] });
    before = await fingerprint(setupDb, fixture.storeA.tenantId);
  });

  afterAll(async () => {
    await Promise.all([database.disconnect(), setupDb.disconnect()]);
    await testDb.drop();
  });

  it.each(scoped.map((entry) => [entry.path, entry] as const))(
    "%s refuses store A's data to store B",
    async (_path, entry) => {
      try {
        const output = await callProcedure(database, entry, fixture.storeB, fixture.storeA);
        expect(leakedValues(output, fixture.storeA)).toEqual([]);
      } catch (error) {
        expect(error).toBeInstanceOf(TRPCError);
        // UNAUTHORIZED: signing in to B with credentials B does not know (it reveals nothing of A).
        expect(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHORIZED']).toContain((error as TRPCError).code);
      }
    },
  );

  it("left store A's rows untouched", async () => {
    expect(await fingerprint(setupDb, fixture.storeA.tenantId)).toBe(before);
  });
});
