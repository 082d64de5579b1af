'use client';

import { Alert, Button, Field, Input, useHydrated } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { type SubmitEvent, useState } from 'react';

import { focusFirstError } from '~/components/checkout/focus-field';
import { useTRPC } from '~/trpc/react';

import { type FormFailure, formFailureOf } from './form-failure';
import { isChecked, textValue } from './form-values';
import { PasswordInput } from './password-input';
import { useFinishSignIn } from './use-finish-sign-in';

const ID_PREFIX = 'sign-up';
const FIELD_ORDER = ['firstName', 'lastName', 'email', 'password'] as const;

export const PASSWORD_RULES = 'At least 10 characters. A passphrase of a few words works well.';

/** Creates the account and signs it in; the guest cart comes along. */
export function SignUpForm({ next, storeName }: { next: string; storeName: string }) {
  const trpc = useTRPC();
  // Until the script runs the form cannot sign anyone in; a press then would be lost.
  const hydrated = useHydrated();
  const finish = useFinishSignIn();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const signUp = useMutation(
    trpc.storefront.account.signUp.mutationOptions({
      onSuccess: () => {
        finish(next);
      },
      onError: (error) => {
        const result = formFailureOf(error);
        setFailure(result);
        focusFirstError(ID_PREFIX, FIELD_ORDER, result.fields);
      },
    }),
  );
  const busy = signUp.isPending || signUp.isSuccess;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const form = event.currentTarget;
    signUp.mutate({
      email: textValue(form, 'email'),
      password: textValue(form, 'password'),
      // Blank names are left out rather than stored as empty text.
      firstName: textValue(form, 'firstName').trim() || undefined,
      lastName: textValue(form, 'lastName').trim() || undefined,
      acceptsMarketing: isChecked(form, 'acceptsMarketing'),
    });
  }

  const text = (field: 'firstName' | 'lastName' | 'email', label: string, autoComplete: string) => (
    <Field
      id={`${ID_PREFIX}-${field}`}
      label={label}
      error={failure?.fields[field]}
      required={field === 'email'}
    >
      {(control) => (
        <Input
          {...control}
          name={field}
          type={field === 'email' ? 'email' : 'text'}
          inputMode={field === 'email' ? 'email' : undefined}
          autoComplete={autoComplete}
          className="h-10"
        />
      )}
    </Field>
  );

  return (
    <form
      method="post"
      noValidate
      onSubmit={submit}
      aria-label="Create account"
      className="space-y-4"
    >
      {failure !== null && <Alert tone={failure.tone}>{failure.message}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('firstName', 'First name', 'given-name')}
        {text('lastName', 'Last name', 'family-name')}
      </div>
      {text('email', 'Email', 'email')}
      <Field
        id={`${ID_PREFIX}-password`}
        label="Password"
        hint={PASSWORD_RULES}
        error={failure?.fields.password}
        required
      >
        {(control) => <PasswordInput {...control} name="password" autoComplete="new-password" />}
      </Field>
      <div className="flex items-start gap-2.5">
        <input
          id={`${ID_PREFIX}-marketing`}
          name="acceptsMarketing"
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 rounded border-border-strong accent-accent"
        />
        <label htmlFor={`${ID_PREFIX}-marketing`} className="text-sm text-muted-foreground">
          Email me news and offers from {storeName}. You can unsubscribe at any time.
        </label>
      </div>
      <Button type="submit" size="lg" className="w-full" loading={busy} disabled={!hydrated}>
        {busy ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
