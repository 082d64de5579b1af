export {
  createTestDatabase,
  type TestDatabase,
  type CreateTestDatabaseOptions,
} from './create-test-database';
export { testDatabaseGlobalSetup } from './global-setup-path';
export type { TestDatabaseServer } from './provided-context';
