import base from '@storeloom/eslint-config/base';

export default [
  ...base,
  // Plain JS run by postinstall before dependencies are type-checkable; not in the TS project.
  { ignores: ['scripts/*.mjs'] },
];
