import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SchemaContainer } from '@prisma/schema-engine-wasm';

/** All `*.prisma` files of a multi-file schema folder (recursively, sorted for stable output). */
export async function readSchemaFiles(schemaDir: string): Promise<SchemaContainer[]> {
  const entries = await readdir(schemaDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.prisma'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  if (paths.length === 0) throw new Error(`No .prisma files in ${schemaDir}`);
  return Promise.all(paths.map(async (path) => ({ path, content: await readFile(path, 'utf8') })));
}
