import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** `[storefront]`, padded so the four apps' output lines up in one column. */
export function linePrefix(name: string, width: number): string {
  return `[${name}]`.padEnd(width + 2);
}

/** Copies `source` to `target` line by line, each line starting with `prefix`. */
export function pipeWithPrefix(source: Readable, target: Writable, prefix: string): void {
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  lines.on('line', (line) => {
    target.write(`${prefix} ${line}\n`);
  });
}
