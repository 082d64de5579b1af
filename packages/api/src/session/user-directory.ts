import { createUserDirectory, type UserDirectory } from '@storeloom/core';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

/** Accounts are global; procedures reach them only through this directory. */
export function userDirectory(database: Database): UserDirectory {
  return createUserDirectory(unscoped(database));
}
