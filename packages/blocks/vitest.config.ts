import { defineConfig, mergeConfig } from 'vitest/config';

import base from '@storeloom/vitest-config/base';

// Block rendering tests are .tsx (they render JSX with react-dom/server).
export default mergeConfig(base, defineConfig({ test: { include: ['src/**/*.test.{ts,tsx}'] } }));
