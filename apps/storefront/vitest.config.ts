import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

import base from '@storeloom/vitest-config/base';

// Pure functions only (the theme's colour maths); pages are covered by e2e/storefront.
export default mergeConfig(
  base,
  defineConfig({
    resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  }),
);
