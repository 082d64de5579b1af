'use client';

import type { RouterOutputs } from '@storeloom/api';
import { SignInPanel, signInResultFromError, type DemoAccountOption } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { useTRPC } from '../trpc-context';

export interface LocalSignInProps {
  /** Where to go afterwards, already checked to be a same-origin path. */
  next: string;
  demo: RouterOutputs['auth']['demoAccounts'] | null;
}

export interface LocalSignInPanelProps extends LocalSignInProps {
  brand: ReactNode;
  title: string;
  description: string;
  footer: string;
  /** Which demo accounts the list shows first: the ones that can use this app. */
  demoAccountsFirst: 'merchants' | 'operators';
}

function sortDemoAccounts(
  accounts: readonly DemoAccountOption[],
  first: LocalSignInPanelProps['demoAccountsFirst'],
): DemoAccountOption[] {
  const rank = (account: DemoAccountOption) =>
    Number(account.isPlatformOperator) * (first === 'operators' ? -1 : 1);
  return [...accounts].sort((a, b) => rank(a) - rank(b));
}

/** The local-auth sign-in form of a signed-in app (admin, builder, platform). */
export function LocalSignInPanel({
  next,
  demo,
  brand,
  title,
  description,
  footer,
  demoAccountsFirst,
}: LocalSignInPanelProps) {
  const trpc = useTRPC();
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());

  return (
    <SignInPanel
      brand={brand}
      title={title}
      description={description}
      demoAccounts={sortDemoAccounts(demo?.accounts ?? [], demoAccountsFirst)}
      demoPassword={demo?.password}
      footer={footer}
      signIn={async (credentials) => {
        try {
          await signIn.mutateAsync(credentials);
        } catch (error) {
          return signInResultFromError(error);
        }
        // A full page load, not a client navigation: every layout renders again with the new
        // session, and nothing cached in the browser for a previous person survives.
        window.location.assign(next);
        return { ok: true };
      }}
    />
  );
}
