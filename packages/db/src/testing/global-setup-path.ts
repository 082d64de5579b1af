import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the vitest globalSetup module, for other packages' integration configs:
 * `globalSetup: [testDatabaseGlobalSetup]`.
 */
export const testDatabaseGlobalSetup = fileURLToPath(new URL('./global-setup.ts', import.meta.url));
