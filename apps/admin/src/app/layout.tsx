import {
  SignedInRootLayout,
  signedInAppMetadata,
  signedInAppViewport,
} from '@storeloom/client/next/auth';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { env } from '~/env';
import { TRPCReactProvider } from '~/trpc/react';

import './globals.css';

export const metadata: Metadata = signedInAppMetadata({
  appName: 'Storeloom Admin',
  description: 'Run your store: catalog, orders, customers and settings.',
});

export const viewport: Viewport = signedInAppViewport;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <SignedInRootLayout publishableKey={env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </SignedInRootLayout>
  );
}
