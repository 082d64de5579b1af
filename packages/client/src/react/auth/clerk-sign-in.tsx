'use client';

import { SignIn } from '@clerk/nextjs';

/** Hash routing keeps Clerk's steps on /sign-in, the one public page the proxy lets through. */
export function ClerkSignIn({ next }: { next: string }) {
  return (
    <div className="flex min-h-dvh items-center justify-center bg-background px-4 py-10">
      <SignIn routing="hash" forceRedirectUrl={next} signUpUrl="/sign-in" />
    </div>
  );
}
