import { beforeAll, describe, expect, it } from 'vitest';

import { authenticateRequest } from './authenticate';
import type { ClerkTestKeys } from './clerk/clerk-test-tokens';
import { createClerkTestKeys } from './clerk/clerk-test-tokens';
import { readAuthEnv } from './env';
import { serializeSessionCookie } from './local/session-cookie';
import { createSessionToken } from './local/session-token';

const secret = 'authenticate-test-secret-32-chars-long!';
const localEnv = readAuthEnv({ NODE_ENV: 'test', AUTH_SECRET: secret });
const user = {
  id: 'usr_9',
  email: 'staff@demo-store.test',
  name: 'Staff',
  isPlatformOperator: false,
};

const cookieHeader = (token: string) => serializeSessionCookie(token, 'localhost').split(';')[0]!;

describe('authenticateRequest with local auth', () => {
  it('returns the local identity from the session cookie', async () => {
    const { token, session } = await createSessionToken(
      { user, activeTenantId: 'ten_1' },
      { secret },
    );
    const headers = new Headers({ cookie: `a=1; ${cookieHeader(token)}` });
    expect(await authenticateRequest({ headers, env: localEnv })).toEqual({
      ok: true,
      identity: { provider: 'local', subject: 'usr_9', session },
    });
  });

  it('reports a missing cookie', async () => {
    expect(await authenticateRequest({ headers: new Headers(), env: localEnv })).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('rejects a tampered cookie', async () => {
    const { token } = await createSessionToken({ user, activeTenantId: 'ten_1' }, { secret });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(JSON.stringify({ ...claims, tid: 'ten_other' })).toString(
      'base64url',
    );
    const headers = new Headers({ cookie: cookieHeader(`${header}.${forged}.${signature}`) });
    expect(await authenticateRequest({ headers, env: localEnv })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('ignores bearer tokens: local auth is cookie-only', async () => {
    const { token } = await createSessionToken({ user, activeTenantId: null }, { secret });
    const headers = new Headers({ authorization: `Bearer ${token}` });
    expect(await authenticateRequest({ headers, env: localEnv })).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('honours an injected clock', async () => {
    const { token } = await createSessionToken(
      { user, activeTenantId: null },
      { secret, ttlSeconds: 60 },
    );
    const headers = new Headers({ cookie: cookieHeader(token) });
    const later = new Date(Date.now() + 120_000);
    expect(await authenticateRequest({ headers, env: localEnv, now: later })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses to run local auth in production without the opt-in', async () => {
    const env = { ...localEnv, NODE_ENV: 'production' as const };
    await expect(authenticateRequest({ headers: new Headers(), env })).rejects.toThrow(
      /disabled in production/,
    );
  });
});

describe('authenticateRequest with Clerk', () => {
  let keys: ClerkTestKeys;
  beforeAll(async () => {
    keys = await createClerkTestKeys();
  });

  const clerkEnv = () =>
    readAuthEnv({
      NODE_ENV: 'test',
      AUTH_PROVIDER: 'clerk',
      CLERK_JWT_KEY: keys.publicPem.replaceAll('\n', '\\n'),
      CLERK_AUTHORIZED_PARTIES: 'http://localhost:3001',
    });

  it('reads the Authorization bearer token', async () => {
    const token = await keys.mint({ sub: 'user_bearer', azp: 'http://localhost:3001' });
    const headers = new Headers({ authorization: `Bearer ${token}` });
    const result = await authenticateRequest({ headers, env: clerkEnv() });
    expect(result.ok && result.identity.subject).toBe('user_bearer');
  });

  it('falls back to the __session cookie', async () => {
    const token = await keys.mint({ sub: 'user_cookie', azp: 'http://localhost:3001' });
    const headers = new Headers({ cookie: `__session=${token}` });
    const result = await authenticateRequest({ headers, env: clerkEnv() });
    expect(result.ok && result.identity).toMatchObject({
      provider: 'clerk',
      subject: 'user_cookie',
    });
  });

  it('does not accept a local session cookie', async () => {
    const { token } = await createSessionToken({ user, activeTenantId: null }, { secret });
    const headers = new Headers({ cookie: cookieHeader(token) });
    expect(await authenticateRequest({ headers, env: clerkEnv() })).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('returns a reason for a bad bearer token', async () => {
    const headers = new Headers({ authorization: 'Bearer nope' });
    expect(await authenticateRequest({ headers, env: clerkEnv() })).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
