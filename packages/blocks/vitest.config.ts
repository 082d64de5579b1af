import { defineConfig, mergeConfig } from 'vitest/config';

import base from '@storeloom/vitest-config/base';

export default mergeConfig(base, defineConfig({}));
