import base from '@storeloom/eslint-config/base';
import react from '@storeloom/eslint-config/react';

export default [
  ...base,
  ...react,
  {
    // Test helpers named use* (useTwoStoreDatabase) register vitest hooks, not React hooks.
    files: ['**/*.test.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];
