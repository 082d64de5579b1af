import { defineConfig, mergeConfig } from 'vitest/config';

import base from '@storeloom/vitest-config/base';

// Only pure functions are tested here (formatMoney, cn, ...), so the shared node environment fits.
export default mergeConfig(base, defineConfig({}));
