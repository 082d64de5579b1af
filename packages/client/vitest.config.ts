import { defineConfig, mergeConfig } from 'vitest/config';

import base from '@storeloom/vitest-config/base';

// The client is tested against a fetch stub passed in, so the shared node environment fits.
export default mergeConfig(base, defineConfig({}));
