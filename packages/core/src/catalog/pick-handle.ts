import { randomBytes } from 'node:crypto';

import { conflict } from '../errors/domain-error.ts';
import { handleFromText } from './handle-from-text.ts';

/**
 * The handle for a product or category. One the merchant typed must be free (CONFLICT naming
 * it); one derived from the title takes the first free of "linen-shirt", "linen-shirt-2", …
 */
export async function pickHandle({
  explicit,
  text,
  fallback,
  isTaken,
}: {
  explicit: string | undefined;
  text: string;
  fallback: string;
  isTaken: (handle: string) => Promise<boolean>;
}): Promise<string> {
  if (explicit) {
    if (await isTaken(explicit)) throw conflict(`The handle ${explicit} is already used`);
    return explicit;
  }
  const base = handleFromText(text, fallback).slice(0, 110).replace(/-+$/, '');
  for (let n = 1; n <= 20; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  return `${base}-${randomBytes(3).toString('hex')}`;
}
