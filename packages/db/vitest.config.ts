import { defineConfig } from 'vitest/config';
import base from '@storeloom/vitest-config/base';

/** Unit tests (no database), including the offline migration tooling under scripts/. */
export default defineConfig({
  test: {
    ...base.test,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.int.test.ts'],
  },
});
