import { randomBytes } from 'node:crypto';

/**
 * What `next start` needs beyond the database when it runs over a throwaway database (e2e,
 * proofs): with NODE_ENV=production, local auth must be enabled explicitly, customer sessions
 * need a secret, and stored credentials and unsubscribe links need a key ring. Values the
 * operator set in the environment win; the rest are fresh for this run and die with its data.
 */
export function throwawayProductionSecrets(): Record<string, string> {
  return {
    AUTH_LOCAL_ENABLED: 'true',
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('hex'),
    STORELOOM_ENCRYPTION_KEYS:
      process.env.STORELOOM_ENCRYPTION_KEYS ?? `run:${randomBytes(32).toString('base64')}`,
  };
}
