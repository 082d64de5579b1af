'use client';

import { LocalSignInPanel, type LocalSignInProps } from '@storeloom/client/react/auth';

import { Brand } from '~/components/brand';

export function LocalSignIn(props: LocalSignInProps) {
  return (
    <LocalSignInPanel
      {...props}
      brand={<Brand />}
      title="Operator sign-in"
      description="Manage tenants, plans and billing across Storeloom."
      footer="Storeloom Platform · Restricted to platform operators"
      // Operators first: the console is theirs; store accounts stay listed to show the refusal.
      demoAccountsFirst="operators"
    />
  );
}
