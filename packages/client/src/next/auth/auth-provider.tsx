import type { ReactNode } from 'react';

export interface AuthProviderProps {
  /** The app's `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY`; unset means local auth. */
  publishableKey: string | undefined;
  children: ReactNode;
}

/**
 * Wraps the app in Clerk only when Clerk is configured. The import is dynamic so that without a
 * publishable key no Clerk code is loaded (Clerk would otherwise try its keyless mode online).
 */
export async function AuthProvider({ publishableKey, children }: AuthProviderProps) {
  if (publishableKey === undefined) return children;
  const { ClerkProvider } = await import('@clerk/nextjs');
  return <ClerkProvider publishableKey={publishableKey}>{children}</ClerkProvider>;
}
