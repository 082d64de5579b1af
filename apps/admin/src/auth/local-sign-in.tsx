'use client';

import { LocalSignInPanel, type LocalSignInProps } from '@storeloom/client/react/auth';

import { Brand } from '~/components/brand';

export function LocalSignIn(props: LocalSignInProps) {
  return (
    <LocalSignInPanel
      {...props}
      brand={<Brand />}
      title="Sign in to your store"
      description="Manage products, orders, customers and your team."
      footer="Storeloom Admin · Protected area for store members"
      // Merchants first: the operator account cannot use the admin, so it goes last.
      demoAccountsFirst="merchants"
    />
  );
}
