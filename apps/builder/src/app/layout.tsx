import { AuthProvider } from '@storeloom/client/next/auth';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { env } from '~/env';
import { TRPCReactProvider } from '~/trpc/react';

import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Storeloom Builder', template: '%s · Storeloom Builder' },
  description: "Design your store's pages.",
  // A signed-in tool, not content: keep it out of search engines.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: '#ffffff',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background font-sans text-foreground">
        <AuthProvider publishableKey={env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </AuthProvider>
      </body>
    </html>
  );
}
