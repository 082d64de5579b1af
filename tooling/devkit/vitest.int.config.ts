import base from '@storeloom/vitest-config/base';
import { defineConfig } from 'vitest/config';

/**
 * The devkit's integration tests run the real commands as child processes; they bring their
 * own databases (or deliberately none), so no db globalSetup. Spread rather than mergeConfig,
 * which would keep the base's exclusion of `*.int.test.ts`.
 */
export default defineConfig({
  test: {
    ...base.test,
    include: ['src/**/*.int.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
  },
});
