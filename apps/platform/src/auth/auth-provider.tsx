import type { ReactNode } from 'react';

import { env } from '~/env';

/**
 * Wraps the app in Clerk only when Clerk is configured. The import is dynamic so that without a
 * publishable key no Clerk code is loaded (Clerk would otherwise try its keyless mode online).
 */
export async function AuthProvider({ children }: { children: ReactNode }) {
  const publishableKey = env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY;
  if (publishableKey === undefined) return children;
  const { ClerkProvider } = await import('@clerk/nextjs');
  return <ClerkProvider publishableKey={publishableKey}>{children}</ClerkProvider>;
}
