import { hashPassword, needsRehash, verifyPassword } from '@storeloom/auth';
import type { UnscopedClient } from '@storeloom/db/unscoped';

import { DomainError } from '../errors/domain-error.ts';

// Verifying against a real hash when the email is unknown keeps the response time the same, so
// sign-in does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

const invalidCredentials = () => new DomainError('UNAUTHORIZED', 'Email or password is incorrect');

/** Checks an email and password for local auth and returns the account. */
export async function signInWithPassword({
  db,
  email,
  password,
}: {
  db: UnscopedClient;
  email: string;
  password: string;
}) {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword('decoy-password-for-timing');
    await verifyPassword('not-the-password', await decoyHash);
    throw invalidCredentials();
  }
  if (!(await verifyPassword(password, user.passwordHash))) throw invalidCredentials();

  const rehash = needsRehash(user.passwordHash) ? await hashPassword(password) : undefined;
  await db.user.update({
    where: { id: user.id },
    data: { lastSignInAt: new Date(), ...(rehash ? { passwordHash: rehash } : {}) },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformOperator: user.isPlatformOperator,
  };
}
