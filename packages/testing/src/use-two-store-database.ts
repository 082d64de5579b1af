import { afterAll, beforeAll } from 'vitest';

import { createDatabase, type Database } from '@storeloom/db';
import { createTestDatabase, type TestDatabase } from '@storeloom/db/testing';
import { createTwoStoreFixture, type TwoStoreFixture } from './fixtures/two-stores.ts';

export interface TwoStoreDatabase {
  readonly database: Database;
  readonly fixture: TwoStoreFixture;
}

/**
 * Registers hooks that give the calling test file its own database (cloned from the migrated
 * template) with the two-store fixture, connected as the application role, and drop it afterwards.
 */
export function useTwoStoreDatabase(): TwoStoreDatabase {
  let testDb: TestDatabase | undefined;
  let database: Database | undefined;
  let fixture: TwoStoreFixture | undefined;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = createDatabase({ url: testDb.appUrl });
    fixture = await createTwoStoreFixture(database);
  });

  afterAll(async () => {
    await database?.disconnect();
    await testDb?.drop();
  });

  return {
    get database() {
      if (!database) throw new Error('The test database is only ready inside tests');
      return database;
    },
    get fixture() {
      if (!fixture) throw new Error('The fixture is only ready inside tests');
      return fixture;
    },
  };
}
