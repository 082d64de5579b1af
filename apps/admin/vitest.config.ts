import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

import base from '@storeloom/vitest-config/base';

// Pure functions only (margins, filters, search results); pages are covered by e2e/admin.
export default mergeConfig(
  base,
  defineConfig({
    resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  }),
);
