'use client';

import type { RouterOutputs } from '@storeloom/api';
import { SignInPanel, signInResultFromError, type DemoAccountOption } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';

import { Brand } from '~/components/brand';
import { useTRPC } from '~/trpc/react';

// Merchants first: the operator account cannot use the admin, so it goes last.
function merchantsFirst(accounts: readonly DemoAccountOption[]): DemoAccountOption[] {
  return [...accounts].sort((a, b) => Number(a.isPlatformOperator) - Number(b.isPlatformOperator));
}

export interface LocalSignInProps {
  /** Where to go afterwards, already checked to be a same-origin path. */
  next: string;
  demo: RouterOutputs['auth']['demoAccounts'] | null;
}

export function LocalSignIn({ next, demo }: LocalSignInProps) {
  const trpc = useTRPC();
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());

  return (
    <SignInPanel
      brand={<Brand />}
      title="Sign in to your store"
      description="Manage products, orders, customers and your team."
      demoAccounts={merchantsFirst(demo?.accounts ?? [])}
      demoPassword={demo?.password}
      footer="Storeloom Admin · Protected area for store members"
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
