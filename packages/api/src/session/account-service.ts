import {
  acceptPendingInvitations,
  consumeRateLimit,
  createUserDirectory,
  listDemoAccounts,
  recordAudit,
  signInWithPassword,
} from '@storeloom/core';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

/**
 * Account operations that cross stores (sign-in, memberships, demo accounts), bound to the
 * request's database. Procedures call these; they never touch the unscoped client themselves.
 */
export function accountService(database: Database) {
  const db = unscoped(database);
  const users = createUserDirectory(db);
  return {
    users,
    listDemoAccounts: () => listDemoAccounts({ db }),
    async signIn({
      email,
      password,
      ip,
      requestId,
    }: {
      email: string;
      password: string;
      ip: string | null;
      requestId: string;
    }) {
      await consumeRateLimit(db, {
        key: `sign-in:ip:${ip ?? 'unknown'}`,
        limit: 30,
        windowSeconds: 15 * 60,
      });
      await consumeRateLimit(db, {
        key: `sign-in:email:${email}`,
        limit: 10,
        windowSeconds: 15 * 60,
      });
      const user = await signInWithPassword({ db, email, password });
      await acceptPendingInvitations({ db, userId: user.id, email: user.email });
      await recordAudit(db, {
        tenantId: null,
        actor: { type: 'user', id: user.id, requestId, ip },
        action: 'auth.sign_in',
      });
      const memberships = await users.listMemberships(user.id);
      return { user, memberships };
    },
  };
}
