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
    // A write followed at once by a storefront read must not race the change notice; the cache's
    // own tests install it explicitly.
    env: { STORELOOM_STOREFRONT_CACHE: 'off' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
