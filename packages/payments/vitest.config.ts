import base from '@storeloom/vitest-config/base';
import { defineConfig, mergeConfig } from 'vitest/config';

export default mergeConfig(base, defineConfig({}));
