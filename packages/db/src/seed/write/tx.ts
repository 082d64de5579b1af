import type { Prisma } from '../../generated/prisma/client';

/** The interactive transaction every seed writer runs in (RLS bypass already set). */
export type Tx = Prisma.TransactionClient;

/** Keeps each INSERT well under PostgreSQL's 65,535 bind parameters. */
export function chunks<T>(rows: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export function requireId(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Seed: no ${what} for "${key}"`);
  return id;
}
