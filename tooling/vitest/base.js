import { defineConfig } from 'vitest/config';

/** Shared defaults for every package's unit tests. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'src/**/*.int.test.ts'],
    environment: 'node',
    passWithNoTests: false,
  },
});
