'use client';

import { Alert, Button, useHydrated } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { Link } from '~/components/link';

import { useTRPC } from '~/trpc/react';

import { textLinkClassName } from './auth-card';
import { formFailureOf } from './form-failure';
import { useFinishSignIn } from './use-finish-sign-in';

/**
 * The landing page of an emailed sign-in link. Signing in waits for this button (a POST):
 * mail scanners and link previews open links too, and must not use the one-time token up.
 */
export function MagicLinkSignIn({ token, storeName }: { token: string; storeName: string }) {
  const trpc = useTRPC();
  // Until the script runs the form cannot sign anyone in; a press then would be lost.
  const hydrated = useHydrated();
  const finish = useFinishSignIn();
  const signIn = useMutation(
    trpc.storefront.account.signInWithMagicLink.mutationOptions({
      onSuccess: () => {
        finish('/account');
      },
    }),
  );
  const busy = signIn.isPending || signIn.isSuccess;
  const failure = signIn.isError ? formFailureOf(signIn.error) : null;

  return (
    <div className="space-y-4">
      {failure !== null && (
        <Alert
          tone={failure.tone}
          actions={
            <Link href="/account/magic-link" className={textLinkClassName}>
              Send me a new link
            </Link>
          }
        >
          {failure.message}
        </Alert>
      )}
      <Button
        size="lg"
        className="w-full"
        loading={busy}
        disabled={!hydrated}
        onClick={() => {
          signIn.mutate({ token });
        }}
      >
        {busy ? 'Signing in…' : `Sign in to ${storeName}`}
      </Button>
    </div>
  );
}
