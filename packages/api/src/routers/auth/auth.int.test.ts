import { beforeAll, describe, expect, it } from 'vitest';

import { hashPassword } from '@storeloom/auth';
import { unscoped } from '@storeloom/db/unscoped';

import { createContext } from '../../context.ts';
import { createCaller } from '../../root.ts';
import { callerFor, requestFor, testAuthEnv } from '../../testing/callers.ts';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

const setup = useTwoStoreDatabase();
const password = 'correct horse battery staple';

beforeAll(async () => {
  const passwordHash = await hashPassword(password);
  await unscoped(setup.database).user.updateMany({ data: { passwordHash } });
});

/** A caller built from raw request headers, exactly as the HTTP handler builds it. */
async function requestCaller(cookie: string | null) {
  const headers = new Headers({ host: 'localhost:3001' });
  if (cookie) headers.set('cookie', cookie);
  return createCaller(
    await createContext({ headers, app: 'admin', database: setup.database, authEnv: testAuthEnv }),
  );
}

async function signIn(email: string) {
  const { caller, resHeaders } = requestFor(setup.database, { host: 'localhost:3001' });
  const result = await caller.auth.signIn({ email, password });
  const setCookie = resHeaders.get('set-cookie') ?? '';
  return { result, setCookie, cookie: setCookie.split(';')[0] ?? '' };
}

describe('local sign-in', () => {
  it("sets an httpOnly, SameSite=Lax session cookie and opens the member's store", async () => {
    const { result, setCookie, cookie } = await signIn(setup.fixture.storeA.members.owner.email);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    expect(result.activeTenantId).toBe(setup.fixture.storeA.tenantId);
    const session = await (await requestCaller(cookie)).auth.session();
    expect(session?.activeStore).toMatchObject({
      id: setup.fixture.storeA.tenantId,
      role: 'owner',
    });
    await expect((await requestCaller(cookie)).store.get()).resolves.toMatchObject({
      name: 'Alpha Goods',
    });
  });

  it('audits the sign-in', async () => {
    await signIn(setup.fixture.storeB.members.admin.email);
    const entry = await unscoped(setup.database).auditLog.findFirst({
      where: { action: 'auth.sign_in', actorId: setup.fixture.storeB.members.admin.userId },
    });
    expect(entry).not.toBeNull();
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const caller = callerFor(setup.database);
    const wrong = await caller.auth
      .signIn({ email: setup.fixture.storeA.members.staff.email, password: 'nope' })
      .catch((e: unknown) => e);
    const unknown = await caller.auth
      .signIn({ email: 'ghost@nowhere.test', password: 'nope' })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Email or password is incorrect',
    });
    expect(unknown).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Email or password is incorrect',
    });
  });

  it('treats a missing, tampered or garbage cookie as signed out', async () => {
    const { cookie } = await signIn(setup.fixture.storeA.members.viewer.email);
    const [name, token = ''] = cookie.split('=');
    const [header, payload, signature = ''] = token.split('.');
    const forged = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    forged.sub = setup.fixture.storeB.members.owner.userId;
    const tampered = `${name}=${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    for (const bad of [null, tampered, `${name}=garbage`, `${name}=${token}x`]) {
      const caller = await requestCaller(bad);
      expect(await caller.auth.session()).toBeNull();
      await expect(caller.store.get()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
  });

  it("switches to another of the person's stores, and refuses a store they are not in", async () => {
    const multi = setup.fixture.storeA.members.staff;
    await unscoped(setup.database).storeMember.create({
      data: { tenantId: setup.fixture.storeB.tenantId, userId: multi.userId, role: 'viewer' },
    });
    const { cookie } = await signIn(multi.email);
    const signedIn = await requestCaller(cookie);
    expect((await signedIn.auth.session())?.memberships).toHaveLength(2);
    await expect(
      signedIn.auth.switchStore({ tenantId: setup.fixture.storeB.tenantId }),
    ).resolves.toMatchObject({
      activeStore: { id: setup.fixture.storeB.tenantId, role: 'viewer' },
    });
    await expect(signedIn.auth.switchStore({ tenantId: 'not-my-store' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('rate-limits repeated failures for one email', async () => {
    const caller = callerFor(setup.database);
    const email = setup.fixture.storeB.members.viewer.email;
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () =>
        caller.auth.signIn({ email, password: 'wrong' }).catch((e: unknown) => e),
      ),
    );
    expect(
      attempts.filter((e) => (e as { code?: string }).code === 'TOO_MANY_REQUESTS').length,
    ).toBe(2);
  });

  it('lists demo accounts only for accounts that exist with a password', async () => {
    const demo = await callerFor(setup.database).auth.demoAccounts();
    expect(demo).toEqual({ password: null, accounts: [] });
  });
});
