import base from '@storeloom/eslint-config/base';

export default [
  ...base,
  // The base allows the devkit to read process.env via `**/tooling/devkit/src/**`, but globs are
  // relative to this file's directory, where that pattern never matches. The devkit is the one
  // place that reads the environment to hand it on to the apps it starts.
  { files: ['src/**'], rules: { 'no-restricted-properties': 'off' } },
];
