import base from '@storeloom/eslint-config/base';

// The specs in e2e/ belong to no package. ESLint only lints files under the directory it runs
// from, so `pnpm lint` here runs this config from the repository root, with the type information
// of this package's tsconfig.json (which includes ../../e2e).
export default [
  ...base,
  {
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ['tooling/playwright/tsconfig.json'],
        tsconfigRootDir: process.cwd(),
      },
    },
  },
];
