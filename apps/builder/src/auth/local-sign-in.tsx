'use client';

import { LocalSignInPanel, type LocalSignInProps } from '@storeloom/client/react/auth';

import { Brand } from '~/components/brand';

export function LocalSignIn(props: LocalSignInProps) {
  return (
    <LocalSignInPanel
      {...props}
      brand={<Brand />}
      title="Sign in to the builder"
      description="Design your store's pages, preview them and publish."
      footer="Storeloom Builder · Protected area for store members"
      // Merchants first: the operator account has no store to design, so it goes last.
      demoAccountsFirst="merchants"
    />
  );
}
