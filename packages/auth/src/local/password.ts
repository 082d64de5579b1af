import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Stored as `scrypt$N$r$p$salt$hash` (salt and hash base64url) so the cost can be raised
 * later: old hashes still verify with their own parameters, and `needsRehash` spots them.
 */
const CURRENT = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

// Bounds for parameters read back from storage, so a corrupted row cannot make a
// sign-in allocate gigabytes or spin for minutes.
const MAX_MEMORY_BYTES = 2 ** 28;
const MAX_P = 16;

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

function derive(
  password: string,
  salt: Buffer,
  params: ScryptParams,
  keyLength: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // scrypt needs 128 * N * r bytes; Node's default cap (32 MiB) is too tight for N = 2^15.
    const maxmem = 256 * params.N * params.r;
    scrypt(password.normalize('NFKC'), salt, keyLength, { ...params, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, CURRENT, KEY_BYTES);
  return [
    'scrypt',
    CURRENT.N,
    CURRENT.r,
    CURRENT.p,
    salt.toString('base64url'),
    hash.toString('base64url'),
  ].join('$');
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  hash: Buffer;
}

function parseInteger(text: string | undefined): number | null {
  if (!text || !/^[1-9]\d{0,9}$/.test(text)) return null;
  return Number(text);
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const N = parseInteger(parts[1]);
  const r = parseInteger(parts[2]);
  const p = parseInteger(parts[3]);
  if (N === null || r === null || p === null) return null;
  if (N < 2 || !Number.isInteger(Math.log2(N)) || 128 * N * r > MAX_MEMORY_BYTES || p > MAX_P)
    return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const hash = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length < 8 || hash.length < 16) return null;
  return { N, r, p, salt, hash };
}

/** True when `password` matches `stored`. Unreadable hashes are a mismatch, not an error. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed, parsed.hash.length);
  return timingSafeEqual(candidate, parsed.hash);
}

/** True when `stored` was made with weaker parameters than today's; rehash after a successful sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  return parsed.N < CURRENT.N || parsed.r < CURRENT.r || parsed.p < CURRENT.p;
}
