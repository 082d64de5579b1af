import { readAuthEnv } from '@storeloom/auth/env';

/**
 * `next start` runs with NODE_ENV=production, where auth refuses local login unless it is
 * enabled on purpose. Checking here, with the same rules the apps apply, turns a 500 on the
 * first request into one line before anything is built.
 */
export function checkProductionAuth(env: NodeJS.ProcessEnv): string {
  const auth = readAuthEnv({ ...env, NODE_ENV: 'production' });
  return auth.AUTH_PROVIDER === 'local'
    ? 'local auth enabled for production mode (AUTH_LOCAL_ENABLED=true)'
    : 'Clerk';
}
