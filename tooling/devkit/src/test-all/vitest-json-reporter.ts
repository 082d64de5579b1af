import { join, relative } from 'node:path';
import { JsonReporter, type Vitest } from 'vitest/node';
import { repoRoot } from '../lib/repo-root';

/** Set by `test-all`; each package writes its own file into it. */
export const resultsDirVariable = 'STORELOOM_TEST_RESULTS_DIR';

/** `packages/db` → `packages-db.json`: unique per package, readable in the directory listing. */
export function reportFileName(packageRoot: string): string {
  const rel = relative(repoRoot, packageRoot) || 'root';
  return `${rel.replace(/[\\/]+/g, '-')}.json`;
}

/**
 * vitest's own JSON reporter, with the output file chosen per package. turbo runs every
 * package with the same arguments, so a plain `--outputFile` would make them overwrite
 * each other's report.
 */
export default class PackageJsonReporter extends JsonReporter {
  constructor() {
    super({});
  }

  override onInit(ctx: Vitest): void {
    super.onInit(ctx);
    const dir = process.env[resultsDirVariable] ?? join(repoRoot, '.data', 'test-results');
    this.options = { ...this.options, outputFile: join(dir, reportFileName(ctx.config.root)) };
  }
}
