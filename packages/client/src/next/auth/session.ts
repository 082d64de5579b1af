import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import { safeNextPath } from '@storeloom/ui';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';

import { REQUEST_PATH_HEADER } from './request-path';

export type Session = NonNullable<RouterOutputs['auth']['session']>;

export interface CreateSessionHelpersOptions {
  /** The app's per-request server caller (`createServerHelpers(...).api`). */
  api: () => Promise<{ auth: { session: () => Promise<Session | null> } }>;
}

/** Session helpers for the signed-in apps' server components. */
export function createSessionHelpers({ api }: CreateSessionHelpersOptions) {
  /** The signed-in person, read once per request however many layouts and pages ask. */
  const getSession = cache(async () => (await api()).auth.session());

  /**
   * The session, or a redirect to sign in. This catches what the proxy cannot: a cookie that is
   * present but expired, tampered with, or belonging to a deleted account.
   */
  async function requireSession(): Promise<Session> {
    const session = await getSession();
    if (session !== null) return session;
    const next = safeNextPath((await headers()).get(REQUEST_PATH_HEADER));
    redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  }

  return { getSession, requireSession };
}
