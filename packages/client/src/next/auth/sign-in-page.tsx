import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import { safeNextPath } from '@storeloom/ui';
import { redirect } from 'next/navigation';

import { LazyClerkSignIn } from '../../react/auth/clerk-components';
import {
  LocalSignInPanel,
  type LocalSignInPanelProps,
  type LocalSignInProps,
} from '../../react/auth/local-sign-in';

export interface CreateSignInPageOptions {
  /** Whether the app's `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY` is set: Clerk's form, or the local one. */
  clerk: boolean;
  /** The app's per-request server caller (`createServerHelpers(...).api`). */
  api: () => Promise<{
    auth: { demoAccounts: () => Promise<RouterOutputs['auth']['demoAccounts']> };
  }>;
  /** The app's `createSessionHelpers(...).getSession`. */
  getSession: () => Promise<unknown>;
  /** How the local form presents this app; the rest of the page is the same everywhere. */
  panel: Omit<LocalSignInPanelProps, keyof LocalSignInProps>;
}

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The `app/sign-in/page.tsx` of a signed-in app (admin, builder, platform). */
export function createSignInPage({ clerk, api, getSession, panel }: CreateSignInPageOptions) {
  return async function SignInPage({ searchParams }: SignInPageProps) {
    const { next } = await searchParams;
    const target = safeNextPath(typeof next === 'string' ? next : null);

    if (clerk) return <LazyClerkSignIn next={target} />;

    // Already signed in (a valid cookie, not just a present one): nothing to do here.
    if ((await getSession()) !== null) redirect(target);

    // Read before rendering (not streamed) so the list is in the first HTML; a failure only hides it.
    const demo = await (await api()).auth.demoAccounts().catch(() => null);
    return <LocalSignInPanel {...panel} next={target} demo={demo} />;
  };
}
