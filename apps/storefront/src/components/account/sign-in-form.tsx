'use client';

import { Alert, Button, Field, Input, useHydrated } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { type SubmitEvent, useState } from 'react';

import { focusFirstError } from '~/components/checkout/focus-field';
import { useTRPC } from '~/trpc/react';

import { type FormFailure, formFailureOf } from './form-failure';
import { textValue } from './form-values';
import { PasswordInput } from './password-input';
import { useFinishSignIn } from './use-finish-sign-in';

const ID_PREFIX = 'sign-in';

/** Email and password. The session cookie comes back on the response, so this runs in the browser. */
export function SignInForm({ next }: { next: string }) {
  const trpc = useTRPC();
  // Until the script runs the form cannot sign anyone in; a press then would be lost.
  const hydrated = useHydrated();
  const finish = useFinishSignIn();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const signIn = useMutation(
    trpc.storefront.account.signIn.mutationOptions({
      onSuccess: () => {
        finish(next);
      },
      onError: (error) => {
        const result = formFailureOf(error);
        setFailure(result);
        focusFirstError(ID_PREFIX, ['email', 'password'], result.fields);
      },
    }),
  );
  // Stays busy after success: the page is about to change.
  const busy = signIn.isPending || signIn.isSuccess;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const form = event.currentTarget;
    signIn.mutate({ email: textValue(form, 'email'), password: textValue(form, 'password') });
  }

  return (
    // noValidate: the API's messages are the ones shown, in one consistent style.
    <form method="post" noValidate onSubmit={submit} aria-label="Sign in" className="space-y-4">
      {failure !== null && <Alert tone={failure.tone}>{failure.message}</Alert>}
      <Field id={`${ID_PREFIX}-email`} label="Email" error={failure?.fields.email} required>
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            className="h-10"
          />
        )}
      </Field>
      <Field
        id={`${ID_PREFIX}-password`}
        label="Password"
        error={failure?.fields.password}
        required
      >
        {(control) => (
          <PasswordInput {...control} name="password" autoComplete="current-password" />
        )}
      </Field>
      <Button type="submit" size="lg" className="w-full" loading={busy} disabled={!hydrated}>
        {busy ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
