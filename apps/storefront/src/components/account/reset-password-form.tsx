'use client';

import { Alert, Button, Field, useHydrated } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { Link } from '~/components/link';
import { type SubmitEvent, useState } from 'react';

import { focusFirstError } from '~/components/checkout/focus-field';
import { useTRPC } from '~/trpc/react';

import { textLinkClassName } from './auth-card';
import { type FormFailure, formFailureOf } from './form-failure';
import { textValue } from './form-values';
import { PasswordInput } from './password-input';
import { PASSWORD_RULES } from './sign-up-form';
import { useFinishSignIn } from './use-finish-sign-in';

const ID_PREFIX = 'reset-password';

/** Where a successful reset lands: the account, which says the password changed. */
export const PASSWORD_CHANGED_PATH = '/account?notice=password-changed';

/** Chooses the new password for the token in the link; success signs this browser in. */
export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  // Until the script runs the form cannot sign anyone in; a press then would be lost.
  const hydrated = useHydrated();
  const finish = useFinishSignIn();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const reset = useMutation(
    trpc.storefront.account.resetPassword.mutationOptions({
      onSuccess: () => {
        finish(PASSWORD_CHANGED_PATH);
      },
      onError: (error) => {
        const result = formFailureOf(error);
        setFailure(result);
        focusFirstError(ID_PREFIX, ['password'], result.fields);
      },
    }),
  );
  const busy = reset.isPending || reset.isSuccess;
  // A problem with the link itself (used, expired) cannot be fixed by retyping the password.
  const linkFailed = failure?.code === 'UNAUTHORIZED';

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = textValue(event.currentTarget, 'password');
    if (password !== textValue(event.currentTarget, 'confirmation')) {
      const fields = { confirmation: 'The two passwords do not match' };
      setFailure({ message: 'Type the same new password twice.', tone: 'danger', fields });
      focusFirstError(ID_PREFIX, ['confirmation'], fields);
      return;
    }
    setFailure(null);
    reset.mutate({ token, password });
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={submit}
      aria-label="Choose a new password"
      className="space-y-4"
    >
      {failure !== null && (
        <Alert
          tone={failure.tone}
          actions={
            linkFailed ? (
              <Link href="/account/forgot-password" className={textLinkClassName}>
                Send me a new link
              </Link>
            ) : undefined
          }
        >
          {failure.message}
        </Alert>
      )}
      <Field
        id={`${ID_PREFIX}-password`}
        label="New password"
        hint={PASSWORD_RULES}
        error={failure?.fields.password}
        required
      >
        {(control) => <PasswordInput {...control} name="password" autoComplete="new-password" />}
      </Field>
      <Field
        id={`${ID_PREFIX}-confirmation`}
        label="Confirm new password"
        error={failure?.fields.confirmation}
        required
      >
        {(control) => (
          <PasswordInput {...control} name="confirmation" autoComplete="new-password" />
        )}
      </Field>
      <Button type="submit" size="lg" className="w-full" loading={busy} disabled={!hydrated}>
        {busy ? 'Saving…' : 'Save password and sign in'}
      </Button>
    </form>
  );
}
