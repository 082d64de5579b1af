import { defineConfig } from 'vitest/config';
import base from '@storeloom/vitest-config/base';
import { testDatabaseGlobalSetup } from './src/testing/global-setup-path';

/**
 * Integration tests: one embedded PostgreSQL for the run, a cloned database per test file.
 * Spreads the base instead of mergeConfig, which would concatenate the base's exclusion of
 * `*.int.test.ts` into this config.
 */
export default defineConfig({
  test: {
    ...base.test,
    include: ['src/**/*.int.test.ts', 'scripts/**/*.int.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: [testDatabaseGlobalSetup],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
