import { afterEach, describe, expect, it, vi } from 'vitest';

import { assertLocalAuthAllowed, AuthConfigError, DEV_AUTH_SECRET, readAuthEnv } from './env';

const SECRET = 'x'.repeat(32);
const PEM = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----';

describe('readAuthEnv', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('defaults to local auth with the dev secret outside production', () => {
    const env = readAuthEnv({ NODE_ENV: 'test' });
    expect(env.AUTH_PROVIDER).toBe('local');
    expect(env.AUTH_SECRET).toBe(DEV_AUTH_SECRET);
    expect(env.AUTH_LOCAL_ENABLED).toBe(false);
    expect(env.CLERK_AUTHORIZED_PARTIES).toEqual([]);
  });

  it('defaults to clerk when CLERK_SECRET_KEY is set', () => {
    const env = readAuthEnv({ NODE_ENV: 'test', CLERK_SECRET_KEY: 'sk_test_123' });
    expect(env.AUTH_PROVIDER).toBe('clerk');
  });

  it('lets AUTH_PROVIDER override the default', () => {
    const env = readAuthEnv({
      NODE_ENV: 'test',
      CLERK_SECRET_KEY: 'sk_test_123',
      AUTH_PROVIDER: 'local',
    });
    expect(env.AUTH_PROVIDER).toBe('local');
  });

  it('treats empty strings as unset and does not mutate the source', () => {
    const source = { NODE_ENV: 'test', CLERK_SECRET_KEY: '' };
    expect(readAuthEnv(source).AUTH_PROVIDER).toBe('local');
    expect(source).toEqual({ NODE_ENV: 'test', CLERK_SECRET_KEY: '' });
  });

  it('rejects a short AUTH_SECRET and unknown values', () => {
    expect(() => readAuthEnv({ NODE_ENV: 'test', AUTH_SECRET: 'short' })).toThrow(
      /AUTH_SECRET.*32/,
    );
    expect(() => readAuthEnv({ NODE_ENV: 'test', AUTH_PROVIDER: 'github' })).toThrow(
      AuthConfigError,
    );
    expect(() => readAuthEnv({ NODE_ENV: 'test', AUTH_LOCAL_ENABLED: 'yes' })).toThrow(
      /AUTH_LOCAL_ENABLED/,
    );
  });

  it('refuses local auth in production unless explicitly enabled', () => {
    expect(() => readAuthEnv({ NODE_ENV: 'production', AUTH_SECRET: SECRET })).toThrow(
      /Local auth is disabled in production/,
    );
    const env = readAuthEnv({
      NODE_ENV: 'production',
      AUTH_SECRET: SECRET,
      AUTH_LOCAL_ENABLED: 'true',
    });
    expect(env.AUTH_PROVIDER).toBe('local');
    expect(env.AUTH_LOCAL_ENABLED).toBe(true);
  });

  it('requires a real AUTH_SECRET for local auth in production', () => {
    expect(() => readAuthEnv({ NODE_ENV: 'production', AUTH_LOCAL_ENABLED: 'true' })).toThrow(
      /AUTH_SECRET/,
    );
  });

  it('warns once in development when falling back to the dev secret', async () => {
    vi.resetModules();
    const fresh = await import('./env');
    const warn = vi.fn();
    fresh.readAuthEnv({ NODE_ENV: 'development' }, { warn });
    fresh.readAuthEnv({ NODE_ENV: 'development' }, { warn });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/AUTH_SECRET/);
  });

  it('turns escaped newlines in CLERK_JWT_KEY into real ones', () => {
    const escaped = PEM.replaceAll('\n', '\\n');
    const env = readAuthEnv({ NODE_ENV: 'test', AUTH_PROVIDER: 'clerk', CLERK_JWT_KEY: escaped });
    expect(env.CLERK_JWT_KEY).toBe(PEM);
    expect(
      readAuthEnv({ NODE_ENV: 'test', AUTH_PROVIDER: 'clerk', CLERK_JWT_KEY: PEM }).CLERK_JWT_KEY,
    ).toBe(PEM);
  });

  it('rejects a CLERK_JWT_KEY that is not a PEM public key', () => {
    expect(() => readAuthEnv({ NODE_ENV: 'test', CLERK_JWT_KEY: 'abc' })).toThrow(/CLERK_JWT_KEY/);
  });

  it('needs a Clerk key when AUTH_PROVIDER=clerk', () => {
    expect(() => readAuthEnv({ NODE_ENV: 'test', AUTH_PROVIDER: 'clerk' })).toThrow(
      /CLERK_JWT_KEY/,
    );
  });

  it('requires authorized parties for Clerk in production and splits the list', () => {
    const base = { NODE_ENV: 'production', CLERK_SECRET_KEY: 'sk_live_1', CLERK_JWT_KEY: PEM };
    expect(() => readAuthEnv(base)).toThrow(/CLERK_AUTHORIZED_PARTIES/);
    const env = readAuthEnv({
      ...base,
      CLERK_AUTHORIZED_PARTIES: ' https://a.example, ,https://b.example ',
    });
    expect(env.CLERK_AUTHORIZED_PARTIES).toEqual(['https://a.example', 'https://b.example']);
  });

  it('passes the publishable key through', () => {
    const env = readAuthEnv({ NODE_ENV: 'test', NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_1' });
    expect(env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY).toBe('pk_test_1');
  });
});

describe('assertLocalAuthAllowed', () => {
  it('throws only in production without the opt-in', () => {
    expect(() => {
      assertLocalAuthAllowed({ NODE_ENV: 'production', AUTH_LOCAL_ENABLED: false });
    }).toThrow(AuthConfigError);
    expect(() => {
      assertLocalAuthAllowed({ NODE_ENV: 'production', AUTH_LOCAL_ENABLED: true });
    }).not.toThrow();
    expect(() => {
      assertLocalAuthAllowed({ NODE_ENV: 'development', AUTH_LOCAL_ENABLED: false });
    }).not.toThrow();
  });
});
