import { fileURLToPath } from 'node:url';

import base from '@storeloom/vitest-config/base';
import { defineConfig } from 'vitest/config';

/** Integration tests against the real PostgreSQL the db package's global setup starts. */
export default defineConfig({
  test: {
    ...base.test,
    include: ['src/**/*.int.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: [fileURLToPath(import.meta.resolve('@storeloom/db/testing/global-setup'))],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
