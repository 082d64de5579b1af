import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { TRPCReactProvider } from '~/trpc/react';

import './globals.css';

// No static title: each store names its own pages (generateMetadata in each page, e.g. (store)/page.tsx).
export const metadata: Metadata = {
  formatDetection: { telephone: false, email: false, address: false },
};

export const viewport: Viewport = {
  themeColor: '#ffffff',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background font-sans text-foreground">
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
