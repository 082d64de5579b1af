import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { AuthProvider } from './auth-provider';

/** Root-layout metadata of a signed-in app; only its name and description differ between apps. */
export function signedInAppMetadata({
  appName,
  description,
}: {
  appName: string;
  description: string;
}): Metadata {
  return {
    title: { default: appName, template: `%s · ${appName}` },
    description,
    // A signed-in tool, not content: keep it out of search engines.
    robots: { index: false, follow: false },
  };
}

export const signedInAppViewport: Viewport = {
  themeColor: '#ffffff',
};

export interface SignedInRootLayoutProps {
  /** The app's `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY`; unset means local auth. */
  publishableKey: string | undefined;
  /** The page tree, already wrapped in the app's own tRPC provider. */
  children: ReactNode;
}

/** The `<html>` document of a signed-in app (admin, builder, platform). */
export function SignedInRootLayout({ publishableKey, children }: SignedInRootLayoutProps) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background font-sans text-foreground">
        <AuthProvider publishableKey={publishableKey}>{children}</AuthProvider>
      </body>
    </html>
  );
}
