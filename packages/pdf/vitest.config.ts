import base from '@storeloom/vitest-config/base';
import { defineConfig, mergeConfig } from 'vitest/config';

// Rendering a long document takes a few seconds on a busy machine.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 30_000 } }));
