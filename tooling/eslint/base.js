import path from 'node:path';
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Places allowed to import the unscoped (cross-tenant) database client, relative to the repo.
 * Everything else must go through `forTenant(tenantId)`; see docs/architecture.md.
 */
export const unscopedClientAllowedIn = [
  'packages/db/src/**',
  'packages/db/scripts/**',
  'packages/core/src/platform/**',
  'packages/core/src/tenancy/**',
  'packages/core/src/identity/**',
  'packages/core/src/rate-limit/**',
  'packages/api/src/routers/platform/**',
  'packages/api/src/session/**',
  'packages/api/src/trpc.ts',
  'packages/workflows/src/cross-tenant/**',
  // The local workflow runner and the outbox relay drive runs and relay events of every store.
  'packages/workflows/src/local-runner/**',
  'packages/workflows/src/relay-domain-events.ts',
  'packages/workflows/src/testing/**',
  'packages/testing/src/**',
  'packages/api/src/testing/**',
  'tooling/devkit/src/**',
  // Host → store lookup for the storefront's proxy, media route and 404/503 pages. It runs
  // before any tenant scope exists and only reads the tenants and domains tables.
  'apps/storefront/src/server/**',
];

// ESLint resolves `files` globs against the directory of the package's own config, and every
// package runs lint from its own directory, so the repo-relative list is rebased here.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const packageDir = path.relative(repoRoot, process.cwd()).split(path.sep).join('/');
const allowedHere = unscopedClientAllowedIn
  .filter((glob) => glob.startsWith(`${packageDir}/`))
  .map((glob) => glob.slice(packageDir.length + 1));

const restrictUnscoped = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: '@storeloom/db/unscoped',
          message:
            'The unscoped client crosses tenants. Use forTenant(tenantId) from @storeloom/db; only platform, seed, migration and cross-tenant workflow code may import it.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.next-e2e/**',
      '**/.next-proof/**',
      '**/dist/**',
      '**/generated/**',
      '**/*.config.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: true },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'warn',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: "Read configuration through the package's `env` module (@t3-oss/env-core).",
        },
      ],
      ...restrictUnscoped,
    },
  },
  {
    files: [...allowedHere, '**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: [
      '**/env.ts',
      // The zod-free twin of env.ts for client components (keeps zod out of browser bundles).
      '**/client-env.ts',
      '**/*.test.ts',
      '**/*.int.test.ts',
      '**/scripts/**',
      '**/tooling/devkit/src/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.int.test.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
