import { beforeAll, describe, expect, it } from 'vitest';

import type { ClerkTestKeys } from './clerk-test-tokens';
import { createClerkTestKeys } from './clerk-test-tokens';
import { verifyClerkToken } from './verify-clerk-token';

let keys: ClerkTestKeys;
let otherKeys: ClerkTestKeys;

beforeAll(async () => {
  [keys, otherKeys] = await Promise.all([createClerkTestKeys(), createClerkTestKeys()]);
});

const options = () => ({ jwtKey: keys.publicPem, authorizedParties: ['http://localhost:3001'] });

describe('verifyClerkToken', () => {
  it('accepts a valid token and maps it to an identity', async () => {
    const token = await keys.mint({
      sub: 'user_123',
      azp: 'http://localhost:3001',
      email: 'a@b.test',
    });
    const result = await verifyClerkToken(token, options());
    expect(result).toEqual({
      ok: true,
      identity: {
        provider: 'clerk',
        subject: 'user_123',
        sessionId: 'sess_test',
        email: 'a@b.test',
        orgId: null,
        orgSlug: null,
        orgRole: null,
        expiresAt: expect.any(Date) as Date,
      },
    });
  });

  it('reads the active organization from v1 claims', async () => {
    const token = await keys.mint({
      sub: 'user_1',
      azp: 'http://localhost:3001',
      org_id: 'org_1',
      org_slug: 'demo-store',
      org_role: 'org:admin',
    });
    const result = await verifyClerkToken(token, options());
    expect(result.ok && result.identity).toMatchObject({
      orgId: 'org_1',
      orgSlug: 'demo-store',
      orgRole: 'admin',
    });
  });

  it('reads the active organization from the v2 `o` claim', async () => {
    const token = await keys.mint({
      v: 2,
      sub: 'user_1',
      azp: 'http://localhost:3001',
      o: { id: 'org_2', slg: 'tech-gadgets', rol: 'owner' },
    });
    const result = await verifyClerkToken(token, options());
    expect(result.ok && result.identity).toMatchObject({
      orgId: 'org_2',
      orgSlug: 'tech-gadgets',
      orgRole: 'owner',
    });
  });

  it('rejects an expired token', async () => {
    const token = await keys.mint(
      { sub: 'user_1', azp: 'http://localhost:3001' },
      { expiresInSeconds: -120 },
    );
    expect(await verifyClerkToken(token, options())).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a token signed by another key', async () => {
    const token = await otherKeys.mint({ sub: 'user_1', azp: 'http://localhost:3001' });
    expect(await verifyClerkToken(token, options())).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a tampered payload', async () => {
    const token = await keys.mint({ sub: 'user_1', azp: 'http://localhost:3001' });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'user_admin' })).toString(
      'base64url',
    );
    expect(await verifyClerkToken(`${header}.${forged}.${signature}`, options())).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a token without sub', async () => {
    const token = await keys.mint({ azp: 'http://localhost:3001' });
    expect(await verifyClerkToken(token, options())).toEqual({
      ok: false,
      reason: 'invalid_claims',
    });
  });

  it('rejects a token without a session id', async () => {
    const token = await keys.mint({ sub: 'user_1', azp: 'http://localhost:3001', sid: undefined });
    expect(await verifyClerkToken(token, options())).toEqual({
      ok: false,
      reason: 'invalid_claims',
    });
  });

  it('rejects a token minted for another origin', async () => {
    const token = await keys.mint({ sub: 'user_1', azp: 'https://evil.example' });
    expect(await verifyClerkToken(token, options())).toEqual({
      ok: false,
      reason: 'unauthorized_party',
    });
  });

  it('skips the azp check when no parties are configured', async () => {
    const token = await keys.mint({ sub: 'user_1', azp: 'https://anything.example' });
    const result = await verifyClerkToken(token, { jwtKey: keys.publicPem, authorizedParties: [] });
    expect(result.ok).toBe(true);
  });

  it('reports missing and malformed tokens without throwing', async () => {
    expect(await verifyClerkToken(null, options())).toEqual({ ok: false, reason: 'missing' });
    expect(await verifyClerkToken('not-a-jwt', options())).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await verifyClerkToken('a.b.c', options())).toEqual({ ok: false, reason: 'malformed' });
  });

  it('throws when no verification key is configured at all', async () => {
    const token = await keys.mint({ sub: 'user_1' });
    await expect(verifyClerkToken(token, { authorizedParties: [] })).rejects.toThrow(
      /jwtKey or secretKey/,
    );
  });
});
