'use client';

import type { SubmitEvent } from 'react';

import { Alert } from '../alert';
import { Button } from '../button';
import { Field } from '../field';
import { Input } from '../input';
import type { SignInCredentials, SignInFieldErrors } from './types';

export interface SignInFormProps {
  values: SignInCredentials;
  onValuesChange: (values: SignInCredentials) => void;
  onSubmit: () => void;
  pending: boolean;
  error?: { message: string; tone: 'danger' | 'warning' } | null;
  fieldErrors?: SignInFieldErrors;
}

/** Email and password, controlled so the demo account list can fill it in. */
export function SignInForm({
  values,
  onValuesChange,
  onSubmit,
  pending,
  error,
  fieldErrors = {},
}: SignInFormProps) {
  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    // noValidate: the server's messages (zod) are the ones shown, in one consistent style.
    <form onSubmit={handleSubmit} noValidate className="space-y-4" aria-label="Sign in">
      {error != null && <Alert tone={error.tone}>{error.message}</Alert>}
      <Field id="sign-in-email" label="Email" error={fieldErrors.email} required>
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            autoFocus
            value={values.email}
            onChange={(event) => {
              onValuesChange({ ...values, email: event.target.value });
            }}
          />
        )}
      </Field>
      <Field id="sign-in-password" label="Password" error={fieldErrors.password} required>
        {(control) => (
          <Input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            value={values.password}
            onChange={(event) => {
              onValuesChange({ ...values, password: event.target.value });
            }}
          />
        )}
      </Field>
      <Button type="submit" size="lg" className="w-full" loading={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
