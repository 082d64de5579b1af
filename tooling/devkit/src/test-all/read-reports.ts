import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addCounts, zeroCounts, type Counts } from './counts';

/** Sums every `*.json` report in `dir` (one per package for vitest); none → zero counts. */
export async function sumReports(
  dir: string,
  parse: (report: unknown) => Counts,
): Promise<{ counts: Counts; files: number }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return { counts: zeroCounts, files: 0 };
  }
  let counts = zeroCounts;
  for (const name of names) {
    const report: unknown = JSON.parse(await readFile(join(dir, name), 'utf8'));
    counts = addCounts(counts, parse(report));
  }
  return { counts, files: names.length };
}
