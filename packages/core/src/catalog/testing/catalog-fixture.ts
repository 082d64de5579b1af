import type { TwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Actor } from '../../audit/actor.ts';

/** Store A's scoped client, its staff member as the actor, and the store's own fixture rows. */
export function catalogContext(setup: TwoStoreDatabase) {
  const store = () => setup.fixture.storeA;
  return {
    store,
    db: () => setup.database.forTenant(store().tenantId),
    tenantId: () => store().tenantId,
    actor: (): Actor => ({ type: 'user', id: store().members.staff.userId }),
    /** The other store's scoped client, to prove its rows are out of reach. */
    otherDb: () => setup.database.forTenant(setup.fixture.storeB.tenantId),
  };
}

/** A rejected promise's domain error code and message, for compact assertions. */
export async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && 'code' in error) {
      return { code: error.code, message: error.message };
    }
    throw error;
  }
  throw new Error('Expected the call to fail');
}
