import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';

import { authSessionSchema } from '../session';
import {
  createSessionToken,
  DEFAULT_SESSION_TTL_SECONDS,
  verifySessionToken,
} from './session-token';

const secret = 'test-secret-that-is-at-least-32-characters';
const user = {
  id: 'usr_1',
  email: 'owner@demo-store.test',
  name: 'Demo Owner',
  isPlatformOperator: false,
};
const now = new Date('2026-01-01T00:00:00Z');

const flip = (text: string, index: number) =>
  text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);

describe('local session tokens', () => {
  it('round-trips a session with all claims', async () => {
    const { token, session } = await createSessionToken(
      { user, activeTenantId: 'ten_1' },
      { secret, now },
    );
    expect(authSessionSchema.parse(session)).toEqual(session);
    expect(session.expiresAt.getTime() - now.getTime()).toBe(DEFAULT_SESSION_TTL_SECONDS * 1000);

    const result = await verifySessionToken(token, { secret, now });
    expect(result).toEqual({ ok: true, session });
    expect(session).toMatchObject({
      userId: 'usr_1',
      provider: 'local',
      externalId: null,
      activeTenantId: 'ten_1',
    });
  });

  it('keeps the session id when re-issued for a store switch', async () => {
    const first = await createSessionToken({ user, activeTenantId: 'ten_1' }, { secret, now });
    const second = await createSessionToken(
      { user, activeTenantId: 'ten_2', sessionId: first.session.sessionId },
      { secret, now },
    );
    expect(second.session.sessionId).toBe(first.session.sessionId);
    expect(second.session.activeTenantId).toBe('ten_2');
  });

  it('carries the operator flag and a null tenant', async () => {
    const { token } = await createSessionToken(
      { user: { ...user, isPlatformOperator: true }, activeTenantId: null },
      { secret, now },
    );
    const result = await verifySessionToken(token, { secret, now });
    expect(result.ok && result.session.isPlatformOperator).toBe(true);
    expect(result.ok && result.session.activeTenantId).toBeNull();
  });

  it('reports a missing token', async () => {
    expect(await verifySessionToken(undefined, { secret })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(await verifySessionToken('', { secret })).toEqual({ ok: false, reason: 'missing' });
  });

  it('reports malformed input without throwing', async () => {
    for (const token of ['garbage', 'a.b.c', '....', 'eyJhbGciOiJub25lIn0.e30.']) {
      expect(await verifySessionToken(token, { secret }), token).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('rejects a token signed with another secret', async () => {
    const { token } = await createSessionToken(
      { user, activeTenantId: null },
      { secret: 'another-secret-also-at-least-32-chars!!', now },
    );
    expect(await verifySessionToken(token, { secret, now })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a tampered payload (e.g. a forged operator flag)', async () => {
    const { token } = await createSessionToken({ user, activeTenantId: null }, { secret, now });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(JSON.stringify({ ...claims, op: true })).toString('base64url');
    expect(await verifySessionToken(`${header}.${forged}.${signature}`, { secret, now })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(
      await verifySessionToken(`${header}.${payload}.${flip(signature!, 5)}`, { secret, now }),
    ).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects an expired token', async () => {
    const { token } = await createSessionToken(
      { user, activeTenantId: null },
      { secret, now, ttlSeconds: 60 },
    );
    const later = new Date(now.getTime() + 61_000);
    expect(await verifySessionToken(token, { secret, now: later })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('rejects a correctly signed token with the wrong issuer or shape', async () => {
    const key = new TextEncoder().encode(secret);
    const iat = Math.floor(now.getTime() / 1000);
    const foreign = await new SignJWT({ sid: 's', email: '', name: '', op: false, tid: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('usr_1')
      .setIssuer('someone-else')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .sign(key);
    expect(await verifySessionToken(foreign, { secret, now })).toEqual({
      ok: false,
      reason: 'malformed',
    });

    const missingClaims = await new SignJWT({ op: 'yes' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('usr_1')
      .setIssuer('storeloom')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .sign(key);
    expect(await verifySessionToken(missingClaims, { secret, now })).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('refuses a short secret loudly (configuration, not input)', async () => {
    await expect(
      createSessionToken({ user, activeTenantId: null }, { secret: 'short' }),
    ).rejects.toThrow(/32/);
  });
});
