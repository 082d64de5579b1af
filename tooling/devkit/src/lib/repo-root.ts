import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `tooling/devkit/src/lib` → repository root, so every path is independent of the cwd. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
